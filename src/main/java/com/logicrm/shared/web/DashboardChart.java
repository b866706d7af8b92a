package com.logicrm.shared.web;

import java.util.List;
import java.util.function.Supplier;

/** A small chart on the home dashboard (drawn with ECharts), contributed by the module that owns the data. */
public record DashboardChart(String id, String title, Supplier<Series> data, String permission, int order) {

    /** Labels along the x axis and one value per label. */
    public record Series(List<String> labels, List<? extends Number> values) {
    }
}
