package com.logicrm.classification;

import java.math.BigDecimal;
import java.util.List;

/** The results of a succeeded run in brief: totals, the ABC classes, deciles, the Pareto curve and RFM segments. */
public record RunSummary(long customers, BigDecimal revenue, BigDecimal margin, List<GradeShare> grades,
        List<DecileShare> deciles, List<ParetoPoint> pareto, List<SegmentCount> segments) {

    public RunSummary {
        grades = List.copyOf(grades);
        deciles = List.copyOf(deciles);
        pareto = List.copyOf(pareto);
        segments = List.copyOf(segments);
    }
}
