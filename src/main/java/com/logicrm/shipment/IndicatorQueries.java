package com.logicrm.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI-1 straight from the shipments of one customer: the primary key (customer, order date, id) and
 * the monthly partitions confine each query to the customer's rows in the period. The 90th percentile
 * of delivery time needs the rows themselves, which is why indicators are not kept in the summary.
 */
@Component
class IndicatorQueries {

    private static final String FIGURES = """
            select %s as period_start,
                count(*) as orders,
                count(*) filter (where delivered_at <= promised_at) as on_time,
                count(*) filter (where delivered_at is not null and promised_at is not null) as promised,
                avg(extract(epoch from delivered_at - picked_up_at) / 3600) as average_hours,
                percentile_cont(0.9) within group (order by extract(epoch from delivered_at - picked_up_at) / 3600)
                    as p90_hours,
                coalesce(sum(pieces), 0) as pieces,
                coalesce(sum(damaged_pieces), 0) as damaged,
                coalesce(sum(lost_pieces), 0) as lost,
                count(*) filter (where wrong_dispatch) as wrong_dispatch,
                count(*) filter (where direct_delivery) as direct_delivery,
                count(*) filter (where traffic_accident) as accidents,
                coalesce(sum(storage_damaged_pieces) filter (where service_type = 'WAREHOUSING'), 0) as storage_damaged,
                coalesce(sum(pieces) filter (where service_type = 'WAREHOUSING'), 0) as warehoused,
                count(*) filter (where packaging_defect) as packaging_defects,
                count(*) filter (where feedback_timely) as feedback_timely,
                count(feedback_timely) as feedback_rated
            from shipment.shipment
            where customer_id = ? and ordered_on >= ? and ordered_on < ?
            """;

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ServiceIndicators between(long customerId, LocalDate from, LocalDate to) {
        return jdbc.sql(FIGURES.formatted("?::date"))
                .params(from, customerId, from, to.plusDays(1))
                .query((row, n) -> indicators(row, from, to))
                .single();
    }

    /**
     * The same figures over the orders of several customers taken together (KPI-2's internal customers);
     * the period as for one customer.
     */
    ServiceIndicators among(Long[] customerIds, LocalDate from, LocalDate to) {
        return jdbc.sql(FIGURES.formatted("?::date").replace("customer_id = ?", "customer_id = any(?)"))
                .params(from, customerIds, from, to.plusDays(1))
                .query((row, n) -> indicators(row, from, to))
                .single();
    }

    /** One entry per month from {@code first} to {@code last} that has orders. */
    List<ServiceIndicators> monthly(long customerId, YearMonth first, YearMonth last) {
        return jdbc.sql(FIGURES.formatted("date_trunc('month', ordered_on)::date") + " group by 1 order by 1")
                .params(customerId, first.atDay(1), last.plusMonths(1).atDay(1))
                .query((row, n) -> {
                    LocalDate start = row.getObject(1, LocalDate.class);
                    return indicators(row, start, YearMonth.from(start).atEndOfMonth());
                })
                .list();
    }

    private static ServiceIndicators indicators(ResultSet row, LocalDate from, LocalDate to) throws SQLException {
        long orders = row.getLong("orders");
        long pieces = row.getLong("pieces");
        return new ServiceIndicators(from, to, orders,
                Rate.of(row.getLong("on_time"), row.getLong("promised")),
                hours(row.getBigDecimal("average_hours")),
                hours(row.getBigDecimal("p90_hours")),
                Rate.of(row.getLong("damaged"), pieces),
                Rate.of(row.getLong("lost"), pieces),
                Rate.of(row.getLong("wrong_dispatch"), orders),
                Rate.of(row.getLong("direct_delivery"), orders),
                Rate.of(row.getLong("accidents"), orders),
                Rate.of(row.getLong("storage_damaged"), row.getLong("warehoused")),
                Rate.of(row.getLong("packaging_defects"), orders),
                Rate.of(row.getLong("feedback_timely"), row.getLong("feedback_rated")));
    }

    private static BigDecimal hours(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
