package com.logicrm.shipment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-customer totals of a period for the modules that grade and evaluate customers (classification,
 * credit): one set-based aggregate over the period's monthly partitions, streamed row by row so a
 * million customers never sit in memory. Like {@code CustomerReferences} it is company-wide — the
 * caller's own service decides who may start the work and what of the result each person sees.
 */
@Service
public class ShipmentFigures {

    private final JdbcClient jdbc;

    ShipmentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What one customer did from {@code periodFrom} to {@code periodTo} inclusive; {@code margin} is
     * revenue less cost and may be negative.
     */
    public record CustomerTotals(long customerId, long orders, int serviceTypes, long pieces, BigDecimal weightKg,
            BigDecimal revenue, BigDecimal cost, BigDecimal margin, LocalDate firstOrderOn, LocalDate lastOrderOn) {
    }

    /** Hands every customer with at least one order in the period to {@code each}, in customer order. */
    @Transactional(readOnly = true)
    public void forEachCustomer(LocalDate periodFrom, LocalDate periodTo, Consumer<CustomerTotals> each) {
        try (Stream<CustomerTotals> rows = jdbc.sql("""
                select customer_id, count(*) as orders, count(distinct service_type) as service_types,
                    coalesce(sum(pieces), 0) as pieces, coalesce(sum(weight_kg), 0) as weight_kg,
                    coalesce(sum(revenue), 0) as revenue, coalesce(sum(cost), 0) as cost,
                    min(ordered_on) as first_order_on, max(ordered_on) as last_order_on
                from shipment.shipment
                where ordered_on >= ? and ordered_on < ?
                group by customer_id
                order by customer_id""")
                .params(periodFrom, periodTo.plusDays(1))
                .withFetchSize(1000)
                .query((row, n) -> new CustomerTotals(row.getLong("customer_id"), row.getLong("orders"),
                        row.getInt("service_types"), row.getLong("pieces"), row.getBigDecimal("weight_kg"),
                        row.getBigDecimal("revenue"), row.getBigDecimal("cost"),
                        row.getBigDecimal("revenue").subtract(row.getBigDecimal("cost")),
                        row.getObject("first_order_on", LocalDate.class),
                        row.getObject("last_order_on", LocalDate.class)))
                .stream()) {
            rows.forEach(each);
        }
    }

    /** One service type's part of a customer's period: orders, revenue and cost. */
    public record ServiceTotals(String serviceType, long orders, BigDecimal revenue, BigDecimal cost) {
    }

    /** What a customer did in the year before a period: orders, distinct services, pieces, weight, revenue less returns. */
    public record YearTotals(long orders, int serviceTypes, long pieces, BigDecimal weightKg, BigDecimal netRevenue) {
    }

    /**
     * A customer's period beside the year before it: {@code period} (null when the customer ordered only
     * in the year before), the returns, compensations and discounts of the period, its figures by service
     * type, and {@code previous} (null when nothing was ordered in the year before).
     */
    public record CustomerHistory(long customerId, CustomerTotals period, BigDecimal returns,
            List<ServiceTotals> services, YearTotals previous) {

        public CustomerHistory {
            services = List.copyOf(services);
        }
    }

    /**
     * Hands every customer with an order from {@code historyFrom} to {@code periodTo} to {@code each}, in
     * customer order: the period from {@code periodFrom}, and the time before it as the previous year. One
     * aggregate over the shipments of both (grouped by customer, service and side of {@code periodFrom},
     * then by customer) and one over the returns, streamed like {@link #forEachCustomer}.
     */
    @Transactional(readOnly = true)
    public void forEachCustomerWithHistory(LocalDate historyFrom, LocalDate periodFrom, LocalDate periodTo,
            Consumer<CustomerHistory> each) {
        try (Stream<CustomerHistory> rows = jdbc.sql("""
                with s as (
                    select customer_id, service_type, ordered_on >= ? as current, count(*) as orders,
                        coalesce(sum(pieces), 0) as pieces, coalesce(sum(weight_kg), 0) as weight_kg,
                        coalesce(sum(revenue), 0) as revenue, coalesce(sum(cost), 0) as cost,
                        min(ordered_on) as first_order_on, max(ordered_on) as last_order_on
                    from shipment.shipment
                    where ordered_on >= ? and ordered_on < ?
                    group by customer_id, service_type, 3
                ), c as (
                    select customer_id,
                        sum(orders) filter (where current) as orders, count(*) filter (where current) as service_types,
                        sum(pieces) filter (where current) as pieces, sum(weight_kg) filter (where current) as weight_kg,
                        sum(revenue) filter (where current) as revenue, sum(cost) filter (where current) as cost,
                        min(first_order_on) filter (where current) as first_order_on,
                        max(last_order_on) filter (where current) as last_order_on,
                        array_agg(service_type::text order by service_type) filter (where current) as services,
                        array_agg(orders order by service_type) filter (where current) as service_orders,
                        array_agg(revenue order by service_type) filter (where current) as service_revenue,
                        array_agg(cost order by service_type) filter (where current) as service_cost,
                        sum(orders) filter (where not current) as previous_orders,
                        count(*) filter (where not current) as previous_service_types,
                        sum(pieces) filter (where not current) as previous_pieces,
                        sum(weight_kg) filter (where not current) as previous_weight_kg,
                        sum(revenue) filter (where not current) as previous_revenue
                    from s group by customer_id
                ), r as (
                    select customer_id, coalesce(sum(amount) filter (where occurred_on >= ?), 0) as returns,
                        coalesce(sum(amount) filter (where occurred_on < ?), 0) as previous_returns
                    from shipment.customer_return
                    where occurred_on >= ? and occurred_on < ?
                    group by customer_id
                )
                select c.*, coalesce(r.returns, 0) as returns, coalesce(r.previous_returns, 0) as previous_returns
                from c left join r on r.customer_id = c.customer_id
                order by c.customer_id""")
                .params(periodFrom, historyFrom, periodTo.plusDays(1), periodFrom, periodFrom, historyFrom,
                        periodTo.plusDays(1))
                .withFetchSize(1000)
                .query((row, n) -> history(row))
                .stream()) {
            rows.forEach(each);
        }
    }

    private static CustomerHistory history(ResultSet row) throws SQLException {
        long id = row.getLong("customer_id");
        CustomerTotals period = null;
        List<ServiceTotals> services = new ArrayList<>();
        if (row.getObject("orders") != null) {
            BigDecimal revenue = row.getBigDecimal("revenue");
            BigDecimal cost = row.getBigDecimal("cost");
            period = new CustomerTotals(id, row.getLong("orders"), row.getInt("service_types"), row.getLong("pieces"),
                    row.getBigDecimal("weight_kg"), revenue, cost, revenue.subtract(cost),
                    row.getObject("first_order_on", LocalDate.class), row.getObject("last_order_on", LocalDate.class));
            Object[] names = array(row.getArray("services"));
            Object[] orders = array(row.getArray("service_orders"));
            Object[] revenues = array(row.getArray("service_revenue"));
            Object[] costs = array(row.getArray("service_cost"));
            for (int i = 0; i < names.length; i++) {
                services.add(new ServiceTotals((String) names[i], ((Number) orders[i]).longValue(),
                        (BigDecimal) revenues[i], (BigDecimal) costs[i]));
            }
        }
        YearTotals previous = row.getObject("previous_orders") == null ? null
                : new YearTotals(row.getLong("previous_orders"), row.getInt("previous_service_types"),
                        row.getLong("previous_pieces"), row.getBigDecimal("previous_weight_kg"),
                        row.getBigDecimal("previous_revenue").subtract(row.getBigDecimal("previous_returns")));
        return new CustomerHistory(id, period, row.getBigDecimal("returns"), services, previous);
    }

    private static Object[] array(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
