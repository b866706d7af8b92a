package com.logicrm.classification;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results of a succeeded run in brief: totals, the ABC classes, revenue and purchase deciles, the
 * Pareto curve, RFM segments and the R × F heat map, star grades, the loyalty model with how many are
 * loyal ({@code loyaltyNote}: why a fit was not used, in the reader's language), best vs loyal, and value.
 */
public record RunSummary(long customers, BigDecimal revenue, BigDecimal margin, List<GradeShare> grades,
        List<DecileShare> deciles, List<ParetoPoint> pareto, List<SegmentCount> segments,
        List<DecileShare> purchaseDeciles, List<RfmCell> rfmCells, List<StarShare> stars, LoyaltyModel loyalty,
        String loyaltyNote, long loyalCustomers, List<QuadrantShare> quadrants, long developCustomers,
        ValueSummary value) {

    public RunSummary {
        grades = List.copyOf(grades);
        deciles = List.copyOf(deciles);
        pareto = List.copyOf(pareto);
        segments = List.copyOf(segments);
        purchaseDeciles = List.copyOf(purchaseDeciles);
        rfmCells = List.copyOf(rfmCells);
        stars = List.copyOf(stars);
        quadrants = List.copyOf(quadrants);
    }

    RunSummary withLoyaltyNote(String note) {
        return new RunSummary(customers, revenue, margin, grades, deciles, pareto, segments, purchaseDeciles,
                rfmCells, stars, loyalty, note, loyalCustomers, quadrants, developCustomers, value);
    }
}
