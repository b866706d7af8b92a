package com.logicrm.classification;

import java.math.BigDecimal;
import java.util.List;

/**
 * Best vs loyal settings of one run (CLS-5): which grades count as best; and the second tier to develop —
 * customers of {@code developGrades} whose yearly net revenue grew by at least {@code developGrowthPercent}
 * over the year before, or whose average order is in the top {@code developTopPercent} of the run.
 * Missing: best A and B, develop C with 20 % growth or the top 10 % by order size.
 */
public record QuadrantRules(List<Grade> bestGrades, List<Grade> developGrades, BigDecimal developGrowthPercent,
        BigDecimal developTopPercent) {

    public static final QuadrantRules DEFAULT = new QuadrantRules(List.of(Grade.A, Grade.B), List.of(Grade.C),
            BigDecimal.valueOf(20), BigDecimal.TEN);

    public QuadrantRules {
        bestGrades = bestGrades == null ? null : List.copyOf(bestGrades);
        developGrades = developGrades == null ? null : List.copyOf(developGrades);
    }

    public QuadrantRules orDefaults() {
        return new QuadrantRules(bestGrades == null ? DEFAULT.bestGrades : bestGrades,
                developGrades == null ? DEFAULT.developGrades : developGrades,
                developGrowthPercent == null ? DEFAULT.developGrowthPercent : developGrowthPercent,
                developTopPercent == null ? DEFAULT.developTopPercent : developTopPercent);
    }
}
