package com.logicrm.classification.web;

import com.logicrm.classification.DecileShare;
import com.logicrm.classification.GradeShare;
import com.logicrm.classification.ParetoPoint;
import com.logicrm.classification.QuadrantShare;
import com.logicrm.classification.RfmCell;
import com.logicrm.classification.RunSummary;
import com.logicrm.classification.ScatterPoint;
import com.logicrm.classification.StarShare;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run's summary as the comma-separated series the page's charts read from data attributes; the RFM
 * cells as {@code r:f:customers:monetary} and the scatter as {@code netRevenue:loyalty:quadrant}, separated by
 * semicolons.
 */
record RunCharts(String grades, String gradeCustomers, String revenueShares, String expectedFrom,
        String expectedTo, String deciles, String decileCustomerShares, String decileRevenueShares,
        String decileMarginShares, String paretoCustomers, String paretoValues, String purchaseDeciles,
        String purchaseCustomerShares, String purchaseRevenueShares, String purchaseMarginShares, String rfmCells,
        String stars, String starNames, String starCustomers, String quadrants,
        String quadrantCustomers, String scatter) {

    static RunCharts of(RunSummary summary, List<ScatterPoint> scatter) {
        List<GradeShare> grades = summary.grades();
        List<DecileShare> deciles = summary.deciles();
        List<DecileShare> purchases = summary.purchaseDeciles();
        List<ParetoPoint> pareto = summary.pareto();
        List<StarShare> stars = summary.stars();
        List<QuadrantShare> quadrants = summary.quadrants();
        return new RunCharts(join(grades, grade -> grade.grade().name()), join(grades, GradeShare::customers),
                join(grades, GradeShare::revenueShare), join(grades, GradeShare::expectedShareFrom),
                join(grades, GradeShare::expectedShareTo), join(deciles, DecileShare::decile),
                join(deciles, DecileShare::customerShare), join(deciles, DecileShare::revenueShare),
                join(deciles, DecileShare::marginShare), join(pareto, ParetoPoint::customerShare),
                join(pareto, ParetoPoint::valueShare), join(purchases, DecileShare::decile),
                join(purchases, DecileShare::customerShare), join(purchases, DecileShare::revenueShare),
                join(purchases, DecileShare::marginShare),
                summary.rfmCells().stream().map(cell -> cell.recency() + ":" + cell.frequency() + ":"
                        + cell.customers() + ":" + text(cell.monetary())).collect(Collectors.joining(";")),
                join(stars, StarShare::stars), join(stars, StarShare::name),
                join(stars, StarShare::customers), join(quadrants, share -> share.quadrant().name()),
                join(quadrants, QuadrantShare::customers),
                scatter.stream().map(point -> text(point.netRevenue()) + ":" + text(point.loyalty()) + ":"
                        + point.quadrant().name()).collect(Collectors.joining(";")));
    }

    private static <T> String join(List<T> items, Function<T, Object> value) {
        return items.stream().map(value).map(RunCharts::text).collect(Collectors.joining(","));
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
