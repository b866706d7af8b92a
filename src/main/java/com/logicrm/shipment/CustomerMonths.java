package com.logicrm.shipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a customer's monthly summary (TXN-5); years and the total are sums of its months. A month may
 * have returns and no orders; the first and last order dates come from the months with orders.
 */
@Component
class CustomerMonths {

    private final JdbcClient jdbc;

    CustomerMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TransactionSummary of(long customerId) {
        List<LocalDate[]> spans = new ArrayList<>();
        List<PeriodFigures> months = jdbc.sql("""
                select month, orders, pieces, weight_kg, revenue, cost, first_order_on, last_order_on, returns,
                    net_revenue
                from shipment.customer_month where customer_id = ? order by month""")
                .param(customerId)
                .query((row, n) -> {
                    if (row.getObject(7) != null) {
                        spans.add(new LocalDate[] {row.getObject(7, LocalDate.class),
                            row.getObject(8, LocalDate.class)});
                    }
                    return new PeriodFigures(row.getObject(1, LocalDate.class).toString().substring(0, 7),
                            row.getLong(2), row.getLong(3), row.getBigDecimal(4), row.getBigDecimal(5),
                            row.getBigDecimal(6), row.getBigDecimal(9), row.getBigDecimal(10));
                })
                .list();
        PeriodFigures total = PeriodFigures.none("");
        Map<String, PeriodFigures> years = new LinkedHashMap<>();
        for (PeriodFigures month : months) {
            total = total.plus(month, "");
            String year = month.period().substring(0, 4);
            years.merge(year, month.plus(PeriodFigures.none(year), year),
                    (sum, more) -> sum.plus(more, year));
        }
        LocalDate first = spans.isEmpty() ? null : spans.get(0)[0];
        LocalDate last = spans.isEmpty() ? null : spans.get(spans.size() - 1)[1];
        return new TransactionSummary(customerId, first, last, total, List.copyOf(years.values()), months);
    }
}
