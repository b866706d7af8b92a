package com.logicrm.classification.inactivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InactivityPolicyTests {

    @Test
    void betterGradesAreFollowedUpSooner() {
        InactivityPolicy policy = new InactivityPolicy(Map.of());
        assertThat(policy.threshold("A")).isEqualTo(7);
        assertThat(policy.threshold("B")).isEqualTo(14);
        assertThat(policy.threshold("C")).isEqualTo(30);
        assertThat(policy.threshold("D")).isEqualTo(60);
        assertThat(policy.threshold(null)).isEqualTo(30);
    }

    @Test
    void configuredDaysReplaceTheDefaultsGradeByGrade() {
        // the fuel-station case: five days, whatever the grade
        InactivityPolicy fuel = new InactivityPolicy(Map.of("A", 5, "b", 5, "C", 5, "D", 5, "UNGRADED", 5));
        assertThat(fuel.days()).containsOnlyKeys("A", "B", "C", "D", "UNGRADED").allSatisfy((grade, days) ->
                assertThat(days).isEqualTo(5));
        assertThat(new InactivityPolicy(Map.of("D", 90)).threshold("D")).isEqualTo(90);
        assertThat(new InactivityPolicy(Map.of("D", 90)).threshold("A")).isEqualTo(7);
    }

    @Test
    void unknownGradesAndImpossibleDaysAreRefusedAtStart() {
        assertThatThrownBy(() -> new InactivityPolicy(Map.of("E", 5))).hasMessageContaining("unknown grade E");
        assertThatThrownBy(() -> new InactivityPolicy(Map.of("A", 0))).hasMessageContaining("1 to 3650");
        assertThatThrownBy(() -> new InactivityPolicy(Map.of("A", 4000))).hasMessageContaining("1 to 3650");
    }
}
