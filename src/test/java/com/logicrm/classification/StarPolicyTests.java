package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLS-3 star grades: the default levels, the highest level met wins, and rules that contradict themselves are refused. */
class StarPolicyTests {

    private static final StarPolicy DEFAULT = new StarPolicy(null);

    @Test
    void theHighestLevelWhoseThreeThresholdsAreMetWins() {
        assertThat(DEFAULT.stars(1, new BigDecimal("0.95"), new BigDecimal("0.70"))).isEqualTo(5);
        // top decile and loyal, but small orders: not 5A, and 4A needs potential 0.3
        assertThat(DEFAULT.stars(1, new BigDecimal("0.95"), new BigDecimal("0.10"))).isEqualTo(3);
        assertThat(DEFAULT.stars(2, new BigDecimal("0.60"), new BigDecimal("0.30"))).isEqualTo(4);
        assertThat(DEFAULT.stars(7, new BigDecimal("0.20"), BigDecimal.ZERO)).isEqualTo(2);
        assertThat(DEFAULT.stars(8, BigDecimal.ONE, BigDecimal.ONE)).as("volume outside every level").isEqualTo(1);
        assertThat(DEFAULT.stars(1, new BigDecimal("0.19"), BigDecimal.ONE)).as("not loyal enough for any").isEqualTo(1);
    }

    @Test
    void visitsFollowTheStars() {
        assertThat(List.of(5, 4, 3, 2, 1).stream().map(DEFAULT::visitsPerYear)).containsExactly(12, 6, 4, 2, 1);
        assertThat(StarPolicy.name(5)).isEqualTo("5A");
        assertThat(StarPolicy.name(1)).isEqualTo("A");
    }

    @Test
    void levelsComeInAnyOrderAndAreTriedFromTheHighest() {
        List<StarLevel> reversed = new ArrayList<>(StarRules.DEFAULT.levels());
        java.util.Collections.reverse(reversed);
        StarPolicy policy = new StarPolicy(new StarRules(reversed, 1));
        assertThat(policy.levels()).extracting(StarLevel::stars).containsExactly(5, 4, 3, 2);
        assertThat(policy.stars(1, BigDecimal.ONE, BigDecimal.ONE)).isEqualTo(5);
    }

    @Test
    void aHigherLevelLooserThanTheOneBelowIsRefused() {
        refused(level(5, 3, "0.8", "0.5", 12), level(4, 2, "0.6", "0.3", 6), "stars.5A.maxDecile",
                "classification.stars.contradictory.decile");
        refused(level(5, 1, "0.5", "0.5", 12), level(4, 2, "0.6", "0.3", 6), "stars.5A.minLoyalty",
                "classification.stars.contradictory.loyalty");
        refused(level(5, 1, "0.8", "0.2", 12), level(4, 2, "0.6", "0.3", 6), "stars.5A.minPotential",
                "classification.stars.contradictory.potential");
        refused(level(5, 1, "0.8", "0.5", 3), level(4, 2, "0.6", "0.3", 6), "stars.5A.visitsPerYear",
                "classification.stars.contradictory.visits");
    }

    @Test
    void twoLevelsWithTheSameThresholdsOverlap() {
        refused(level(5, 2, "0.6", "0.3", 12), level(4, 2, "0.6", "0.3", 6), "stars.5A",
                "classification.stars.overlap");
    }

    @Test
    void outOfRangeOrMissingLevelsAreRefused() {
        refused(level(5, 11, "0.8", "0.5", 12), level(4, 2, "0.6", "0.3", 6), "stars.5A.maxDecile",
                "classification.stars.decileRange");
        refused(level(5, 1, "1.5", "0.5", 12), level(4, 2, "0.6", "0.3", 6), "stars.5A.minLoyalty",
                "classification.stars.unitRange");
        assertThatThrownBy(() -> new StarPolicy(new StarRules(StarRules.DEFAULT.levels().subList(0, 3), 1)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("stars.levels"));
        List<StarLevel> twice = new ArrayList<>(StarRules.DEFAULT.levels());
        twice.set(3, level(4, 7, "0.2", "0", 2));
        assertThatThrownBy(() -> new StarPolicy(new StarRules(twice, 1)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("stars.levels"));
        assertThatThrownBy(() -> new StarPolicy(new StarRules(null, 5)))
                .as("A visited more often than 2A").isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.field()).isEqualTo("stars.baseVisitsPerYear"));
    }

    /** The default rules with 5A and 4A replaced. */
    private static void refused(StarLevel five, StarLevel four, String field, String code) {
        List<StarLevel> levels = new ArrayList<>(StarRules.DEFAULT.levels());
        levels.set(0, five);
        levels.set(1, four);
        assertThatThrownBy(() -> new StarPolicy(new StarRules(levels, 1)))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageCode()).isEqualTo(code);
                });
    }

    private static StarLevel level(int stars, int decile, String loyalty, String potential, int visits) {
        return new StarLevel(stars, decile, new BigDecimal(loyalty), new BigDecimal(potential), visits);
    }
}
