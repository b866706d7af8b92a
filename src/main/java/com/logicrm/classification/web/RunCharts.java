package com.logicrm.classification.web;

import com.logicrm.classification.DecileShare;
import com.logicrm.classification.GradeShare;
import com.logicrm.classification.ParetoPoint;
import com.logicrm.classification.RunSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A run's summary as the comma-separated series the page's charts read from data attributes. */
record RunCharts(String grades, String gradeCustomers, String revenueShares, String expectedFrom,
        String expectedTo, String deciles, String decileCustomerShares, String decileRevenueShares,
        String decileMarginShares, String paretoCustomers, String paretoValues) {

    static RunCharts of(RunSummary summary) {
        List<GradeShare> grades = summary.grades();
        List<DecileShare> deciles = summary.deciles();
        List<ParetoPoint> pareto = summary.pareto();
        return new RunCharts(join(grades, grade -> grade.grade().name()), join(grades, GradeShare::customers),
                join(grades, GradeShare::revenueShare), join(grades, GradeShare::expectedShareFrom),
                join(grades, GradeShare::expectedShareTo), join(deciles, DecileShare::decile),
                join(deciles, DecileShare::customerShare), join(deciles, DecileShare::revenueShare),
                join(deciles, DecileShare::marginShare), join(pareto, ParetoPoint::customerShare),
                join(pareto, ParetoPoint::valueShare));
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
