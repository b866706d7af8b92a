package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
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
}
