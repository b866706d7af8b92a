package com.logicrm.classification;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * CLS-5. Best is a grade among the best grades (the grade in force, manual ones included); loyal is
 * F at or above the loyalty threshold; the two answers name the quadrant. To develop: a customer of
 * the second tier whose yearly net revenue grew by the given percent over the year before (only when
 * it had revenue then) or whose average order lies in the run's top percent by order size (its
 * potential, the percent rank of the average order, at least 1 − top). A grade cannot be both best
 * and second tier.
 */
final class QuadrantPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal MAX_GROWTH = BigDecimal.valueOf(10_000);

    private final QuadrantRules rules;

    QuadrantPolicy(QuadrantRules given) {
        QuadrantRules rules = given == null ? QuadrantRules.DEFAULT : given.orDefaults();
        if (rules.bestGrades().isEmpty()) {
            throw new InvalidField("quadrants.bestGrades", "classification.quadrants.bestEmpty");
        }
        Set<Grade> both = new HashSet<>(rules.bestGrades());
        both.retainAll(rules.developGrades());
        if (!both.isEmpty()) {
            throw new InvalidField("quadrants.developGrades", "classification.quadrants.overlap",
                    both.stream().sorted().map(Grade::name).reduce((a, b) -> a + ", " + b).orElseThrow());
        }
        if (rules.developGrowthPercent().signum() < 0 || rules.developGrowthPercent().compareTo(MAX_GROWTH) > 0) {
            throw new InvalidField("quadrants.developGrowthPercent", "classification.quadrants.growthRange",
                    MAX_GROWTH.intValue());
        }
        if (rules.developTopPercent().signum() <= 0 || rules.developTopPercent().compareTo(HUNDRED) >= 0) {
            throw new InvalidField("quadrants.developTopPercent", "classification.quadrants.topRange");
        }
        this.rules = rules;
    }

    QuadrantRules rules() {
        return rules;
    }

    static Quadrant quadrant(boolean best, boolean loyal) {
        return best ? loyal ? Quadrant.BEST_LOYAL : Quadrant.BEST_NOT_LOYAL
                : loyal ? Quadrant.LOYAL_NOT_BEST : Quadrant.NEITHER;
    }

    /** The least potential that counts as the top percent by order size. */
    BigDecimal topPotential() {
        return BigDecimal.ONE.subtract(rules.developTopPercent().divide(HUNDRED));
    }

    /** Net revenue this year over last year at or above which a customer grew enough. */
    BigDecimal growthFactor() {
        return BigDecimal.ONE.add(rules.developGrowthPercent().divide(HUNDRED));
    }

    boolean develop(Grade grade, BigDecimal yearlyNetRevenue, BigDecimal previousNetRevenue, BigDecimal potential) {
        if (!rules.developGrades().contains(grade)) {
            return false;
        }
        boolean grew = previousNetRevenue != null && previousNetRevenue.signum() > 0
                && yearlyNetRevenue.compareTo(previousNetRevenue.multiply(growthFactor())) >= 0;
        return grew || potential.compareTo(topPotential()) >= 0;
    }
}
