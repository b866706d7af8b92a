package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.logicrm.access.DataScope.Kind;
import com.logicrm.access.DataScope.ScopePredicate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataScopeTests {

    static final long ME = 7;

    // ---- the widest kind wins ----

    @Test
    void aPersonWithSeveralRolesGetsTheWidestScope() {
        assertThat(Kind.widest(List.of(Kind.OWN, Kind.DEPARTMENT))).isEqualTo(Kind.DEPARTMENT);
        assertThat(Kind.widest(List.of(Kind.DEPARTMENT_AND_CHILDREN, Kind.OWN, Kind.DEPARTMENT)))
                .isEqualTo(Kind.DEPARTMENT_AND_CHILDREN);
        assertThat(Kind.widest(List.of(Kind.OWN, Kind.ALL, Kind.DEPARTMENT))).isEqualTo(Kind.ALL);
        assertThat(Kind.widest(List.of(Kind.ALL, Kind.OWN))).as("order does not matter").isEqualTo(Kind.ALL);
        assertThat(Kind.widest(List.of(Kind.OWN))).isEqualTo(Kind.OWN);
    }

    @Test
    void withoutAnyRoleThePersonSeesOnlyWhatTheyOwn() {
        assertThat(Kind.widest(List.of())).isEqualTo(Kind.OWN);
    }

    // ---- covers ----

    @Test
    void ownCoversOnlyRowsThePersonOwns() {
        DataScope own = new DataScope(Kind.OWN, ME, Set.of());

        assertThat(own.covers(ME, 1L)).isTrue();
        assertThat(own.covers(ME, null)).isTrue();
        assertThat(own.covers(8L, 1L)).isFalse();
        assertThat(own.covers(null, 1L)).as("a row nobody owns").isFalse();
        assertThat(own.coversAll()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"DEPARTMENT", "DEPARTMENT_AND_CHILDREN"})
    void departmentScopesCoverOwnRowsAndRowsOfTheirDepartments(Kind kind) {
        DataScope scope = new DataScope(kind, ME, Set.of(10L, 11L));

        assertThat(scope.covers(8L, 10L)).isTrue();
        assertThat(scope.covers(8L, 11L)).isTrue();
        assertThat(scope.covers(ME, 99L)).as("own rows elsewhere").isTrue();
        assertThat(scope.covers(8L, 12L)).isFalse();
        assertThat(scope.covers(null, 12L)).isFalse();
        assertThat(scope.coversAll()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"DEPARTMENT", "DEPARTMENT_AND_CHILDREN"})
    void aRowWithoutDepartmentIsCoveredOnlyForItsOwner(Kind kind) {
        DataScope scope = new DataScope(kind, ME, Set.of(10L));

        assertThat(scope.covers(8L, null)).isFalse();
        assertThat(scope.covers(null, null)).isFalse();
        assertThat(scope.covers(ME, null)).isTrue();
    }

    @Test
    void allCoversEverything() {
        DataScope all = new DataScope(Kind.ALL, ME, Set.of());

        assertThat(all.covers(8L, 12L)).isTrue();
        assertThat(all.covers(null, null)).isTrue();
        assertThat(all.coversAll()).isTrue();
    }

    // ---- where ----

    @Test
    void ownRestrictsToTheOwnerColumn() {
        ScopePredicate predicate = new DataScope(Kind.OWN, ME, Set.of()).where("owner_id", "department_id");

        assertThat(predicate.sql()).isEqualTo("owner_id = :scopeUserId");
        assertThat(predicate.parameters()).isEqualTo(Map.of("scopeUserId", ME));
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"DEPARTMENT", "DEPARTMENT_AND_CHILDREN"})
    void departmentScopesRestrictToOwnerOrDepartments(Kind kind) {
        ScopePredicate predicate = new DataScope(kind, ME, Set.of(10L, 11L)).where("c.owner_id", "c.department_id");

        assertThat(predicate.sql())
                .isEqualTo("(c.owner_id = :scopeUserId or c.department_id in (:scopeDepartmentIds))");
        assertThat(predicate.parameters()).containsOnlyKeys("scopeUserId", "scopeDepartmentIds")
                .containsEntry("scopeUserId", ME)
                .containsEntry("scopeDepartmentIds", Set.of(10L, 11L));
    }

    @Test
    void allRestrictsNothing() {
        ScopePredicate predicate = new DataScope(Kind.ALL, ME, Set.of()).where("owner_id", "department_id");

        assertThat(predicate.sql()).isEqualTo("true");
        assertThat(predicate.parameters()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner_id; drop table x", "owner_id or 1=1", "owner_id --", "a.b.c",
            "1owner", "owner id", "", "\"owner_id\""})
    void onlyPlainColumnNamesAreAccepted(String column) {
        for (Kind kind : Kind.values()) {
            DataScope scope = kind == Kind.DEPARTMENT || kind == Kind.DEPARTMENT_AND_CHILDREN
                    ? new DataScope(kind, ME, Set.of(10L))
                    : new DataScope(kind, ME, Set.of());
            assertThatIllegalArgumentException().as("%s owner column", kind)
                    .isThrownBy(() -> scope.where(column, "department_id"))
                    .withMessageContaining("Not a plain column name");
            assertThatIllegalArgumentException().as("%s department column", kind)
                    .isThrownBy(() -> scope.where("owner_id", column))
                    .withMessageContaining("Not a plain column name");
        }
    }

    @Test
    void aMissingColumnNameIsRejected() {
        DataScope own = new DataScope(Kind.OWN, ME, Set.of());

        assertThatIllegalArgumentException().isThrownBy(() -> own.where(null, "department_id"));
        assertThatIllegalArgumentException().isThrownBy(() -> own.where("owner_id", null));
    }

    // ---- construction ----

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"DEPARTMENT", "DEPARTMENT_AND_CHILDREN"})
    void aDepartmentScopeNeedsADepartment(Kind kind) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DataScope(kind, ME, Set.of()))
                .withMessageContaining("at least one department");
    }

    @Test
    void theDepartmentsCannotBeChangedAfterwards() {
        Set<Long> departments = new java.util.HashSet<>(Set.of(10L));
        DataScope scope = new DataScope(Kind.DEPARTMENT, ME, departments);
        departments.add(11L);

        assertThat(scope.departmentIds()).containsExactly(10L);
        assertThat(scope.covers(8L, 11L)).isFalse();
    }
}
