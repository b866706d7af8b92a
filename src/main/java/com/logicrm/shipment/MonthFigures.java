package com.logicrm.shipment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The figures {@code shipment.customer_month} keeps per customer and month (TXN-5 sales figures and the
 * KPI-1 service counts), each with the aggregate that makes it from shipment rows. One list, so that a
 * load adding its rows and a recompute rebuilding months from the shipments can never disagree.
 */
final class MonthFigures {

    private record Figure(String column, String aggregate, String combine, String empty) {
        static Figure added(String column, String aggregate) {
            return new Figure(column, aggregate, "m.%1$s + excluded.%1$s".formatted(column), "0");
        }

        /** The figure of a rebuilt month {@code f}, or its empty value where the month has no shipments left. */
        String rebuilt() {
            return empty == null ? "f." + column : "coalesce(f.%s, %s)".formatted(column, empty);
        }
    }

    private static final List<Figure> FIGURES = List.of(
            Figure.added("orders", "count(*)"),
            Figure.added("pieces", "sum(pieces)"),
            Figure.added("weight_kg", "sum(weight_kg)"),
            Figure.added("revenue", "sum(revenue)"),
            Figure.added("cost", "sum(cost)"),
            new Figure("first_order_on", "min(ordered_on)", "least(m.first_order_on, excluded.first_order_on)", null),
            new Figure("last_order_on", "max(ordered_on)", "greatest(m.last_order_on, excluded.last_order_on)", null),
            Figure.added("promised", "count(*) filter (where delivered_at is not null and promised_at is not null)"),
            Figure.added("on_time", "count(*) filter (where delivered_at <= promised_at)"),
            Figure.added("timed", "count(*) filter (where delivered_at is not null and picked_up_at is not null)"),
            // date_part answers a double, extract a numeric: summing numerics made this one figure a fifth of
            // a load's aggregate; seconds of whole-second timestamps add up exactly in a double
            Figure.added("delivery_hours", "coalesce(sum(date_part('epoch', delivered_at - picked_up_at)) / 3600, 0)"),
            Figure.added("damaged_pieces", "sum(damaged_pieces)"),
            Figure.added("lost_pieces", "sum(lost_pieces)"),
            Figure.added("wrong_dispatches", "count(*) filter (where wrong_dispatch)"),
            Figure.added("direct_deliveries", "count(*) filter (where direct_delivery)"),
            Figure.added("accidents", "count(*) filter (where traffic_accident)"),
            Figure.added("storage_damaged",
                    "coalesce(sum(storage_damaged_pieces) filter (where service_type = 'WAREHOUSING'), 0)"),
            Figure.added("warehoused_pieces", "coalesce(sum(pieces) filter (where service_type = 'WAREHOUSING'), 0)"),
            Figure.added("packaging_defects", "count(*) filter (where packaging_defect)"),
            Figure.added("feedback_timely", "count(*) filter (where feedback_timely)"),
            Figure.added("feedback_rated", "count(feedback_timely)"));

    /** The shipment columns the aggregates read. */
    static final String SHIPMENT_COLUMNS = "customer_id, ordered_on, service_type, pieces, weight_kg, revenue, cost, "
            + "picked_up_at, promised_at, delivered_at, damaged_pieces, lost_pieces, wrong_dispatch, "
            + "traffic_accident, storage_damaged_pieces, packaging_defect, direct_delivery, feedback_timely";

    private MonthFigures() {
    }

    /** The figures per customer and month of the shipment rows of {@code rows} (a relation or a CTE's name). */
    static String aggregate(String rows) {
        return "select customer_id, date_trunc('month', ordered_on)::date as month, "
                + FIGURES.stream().map(Figure::aggregate).collect(Collectors.joining(", "))
                + " from " + rows + " group by customer_id, date_trunc('month', ordered_on)";
    }

    /**
     * Adds the figures of the shipment rows of {@code rows} to their months, month by month and in key
     * order: the summary is partitioned by month, and a chunk of the generator or a historic file
     * touches many months, so rows in the aggregate's hash order would jump between partitions and
     * their indexes with every row.
     */
    static String addTo(String rows) {
        return upsert("", "select f.*, now() from (" + aggregate(rows) + ") f order by f.month, f.customer_id",
                FIGURES.stream().map(f -> f.column() + " = " + f.combine()));
    }

    /**
     * Replaces the figures of the months that the shipment rows of {@code rows} fall in with theirs;
     * {@code month} is the summary's rows of those months (a partition), so that they are read in one
     * pass and matched by hash. The months as they stand are compared first and only figures that
     * differ are written: an upsert whose update is skipped by a condition still locks the row, which
     * dirties its page, so a recompute of a sound summary used to rewrite every page it touched. A
     * customer month left without shipments gets empty figures; its returns stay.
     */
    static String replaceWith(String rows, String month) {
        String columns = columns();
        String rebuilt = FIGURES.stream().map(Figure::rebuilt).collect(Collectors.joining(", "));
        return upsert("with f (customer_id, month, " + columns + ") as (" + aggregate(rows) + "), c as (select * from "
                        + month + ") ",
                "select coalesce(f.customer_id, c.customer_id), coalesce(f.month, c.month), " + rebuilt
                        + ", now() from f full join c on c.customer_id = f.customer_id and c.month = f.month "
                        + "where (" + prefixed("c.", columns) + ") is distinct from (" + rebuilt + ")",
                FIGURES.stream().map(f -> f.column() + " = excluded." + f.column()));
    }

    private static String columns() {
        return FIGURES.stream().map(Figure::column).collect(Collectors.joining(", "));
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    /** Inserts the figures {@code select} gives (after the common table expressions of {@code with}), or updates their months. */
    private static String upsert(String with, String select, java.util.stream.Stream<String> assignments) {
        return with + "insert into shipment.customer_month as m (customer_id, month, " + columns() + ", refreshed_at) "
                + select + " on conflict (customer_id, month) do update set "
                + assignments.collect(Collectors.joining(", ")) + ", refreshed_at = excluded.refreshed_at";
    }
}
