package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.access.DataScope.Kind;
import com.logicrm.access.DataScope.ScopePredicate;
import com.logicrm.support.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The predicate {@link DataScope#where(String, String)} builds, run by PostgreSQL with its
 * parameters, returns exactly the rows each kind of scope may see, and agrees with
 * {@link DataScope#covers(Long, Long)}.
 */
class DataScopeQueryTests {

    static final long ME = 7;
    static final long COLLEAGUE = 8;
    static final long STRANGER = 9;
    static final long MY_DEPARTMENT = 10;
    static final long CHILD_DEPARTMENT = 11;
    static final long OTHER_DEPARTMENT = 12;

    static final String SCHEMA = "scope_test_" + UUID.randomUUID().toString().replace("-", "");
    static JdbcClient jdbc;

    /** id, owner_id, department_id */
    static final Object[][] ROWS = {
            {1, ME, MY_DEPARTMENT},
            {2, ME, 99L},
            {3, COLLEAGUE, MY_DEPARTMENT},
            {4, COLLEAGUE, CHILD_DEPARTMENT},
            {5, STRANGER, OTHER_DEPARTMENT},
            {6, null, MY_DEPARTMENT},
            {7, COLLEAGUE, null},
            {8, null, null},
            {9, ME, null},
    };

    @BeforeAll
    static void createTable() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                TestDatabase.get().jdbcUrl());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create schema " + SCHEMA).update();
        jdbc.sql("create table " + SCHEMA + ".customer (id int primary key, owner_id bigint, department_id bigint)")
                .update();
        for (Object[] row : ROWS) {
            jdbc.sql("insert into " + SCHEMA + ".customer (id, owner_id, department_id) values (?, ?, ?)")
                    .params(row).update();
        }
    }

    @AfterAll
    static void dropSchema() {
        if (jdbc != null) {
            jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        }
    }

    static List<Integer> visible(DataScope scope) {
        ScopePredicate predicate = scope.where("c.owner_id", "c.department_id");
        return jdbc.sql("select c.id from " + SCHEMA + ".customer c where " + predicate.sql() + " order by c.id")
                .params(predicate.parameters())
                .query(Integer.class)
                .list();
    }

    @Test
    void ownSeesOnlyTheRowsThePersonOwns() {
        assertThat(visible(new DataScope(Kind.OWN, ME, Set.of()))).containsExactly(1, 2, 9);
    }

    @Test
    void departmentSeesOwnRowsAndTheRowsOfTheDepartment() {
        assertThat(visible(new DataScope(Kind.DEPARTMENT, ME, Set.of(MY_DEPARTMENT))))
                .containsExactly(1, 2, 3, 6, 9);
    }

    @Test
    void departmentAndChildrenSeesOwnRowsAndTheRowsOfEveryDepartmentInReach() {
        assertThat(visible(new DataScope(Kind.DEPARTMENT_AND_CHILDREN, ME, Set.of(MY_DEPARTMENT, CHILD_DEPARTMENT))))
                .containsExactly(1, 2, 3, 4, 6, 9);
    }

    @Test
    void allSeesEveryRow() {
        assertThat(visible(new DataScope(Kind.ALL, ME, Set.of()))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void somebodyElseSeesTheirOwnShare() {
        assertThat(visible(new DataScope(Kind.OWN, STRANGER, Set.of()))).containsExactly(5);
        assertThat(visible(new DataScope(Kind.DEPARTMENT, COLLEAGUE, Set.of(CHILD_DEPARTMENT))))
                .containsExactly(3, 4, 7);
    }

    /** The predicate is one term, so a caller's further conditions restrict it rather than open it up. */
    @Test
    void thePredicateCombinesSafelyWithOtherConditions() {
        DataScope scope = new DataScope(Kind.DEPARTMENT, ME, Set.of(MY_DEPARTMENT));
        ScopePredicate predicate = scope.where("c.owner_id", "c.department_id");

        List<Integer> ids = jdbc.sql("select c.id from " + SCHEMA + ".customer c where c.id > 2 and "
                        + predicate.sql() + " order by c.id")
                .params(predicate.parameters())
                .query(Integer.class)
                .list();

        assertThat(ids).containsExactly(3, 6, 9);
    }

    @Test
    void theQueryAndCoversAgreeOnEveryRow() {
        List<DataScope> scopes = List.of(
                new DataScope(Kind.OWN, ME, Set.of()),
                new DataScope(Kind.DEPARTMENT, ME, Set.of(MY_DEPARTMENT)),
                new DataScope(Kind.DEPARTMENT_AND_CHILDREN, ME, Set.of(MY_DEPARTMENT, CHILD_DEPARTMENT)),
                new DataScope(Kind.DEPARTMENT, STRANGER, Set.of(OTHER_DEPARTMENT)),
                new DataScope(Kind.ALL, ME, Set.of()));
        for (DataScope scope : scopes) {
            List<Integer> expected = java.util.Arrays.stream(ROWS)
                    .filter(row -> scope.covers((Long) row[1], (Long) row[2]))
                    .map(row -> (Integer) row[0])
                    .toList();
            assertThat(visible(scope)).as("%s", scope).isEqualTo(expected);
        }
    }
}
