package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the year-end screening (CLS-8) and the inactivity worklist (CLS-9) need of business data, read
 * from the monthly summary and the receivables in set-based statements. Like {@link ShipmentFigures}
 * it is company-wide: the calling module decides who may start the work and which customers each
 * person sees.
 */
@Service
public class CustomerActivity {

    private final JdbcClient jdbc;

    CustomerActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer's year beside the year before, from its monthly summary. */
    public record YearFigures(long customerId, long orders, int activeMonths, BigDecimal revenue, BigDecimal cost,
            BigDecimal previousRevenue) {

        public BigDecimal margin() {
            return revenue.subtract(cost);
        }
    }

    /**
     * A customer's receivables at a date: invoiced and paid up to it, what is open, past due and over 90
     * days past due, and of the invoices due from {@code dueFrom} to that date how many were paid by
     * their due date. Open amounts lie on the newest invoices, since payments settle the oldest first.
     */
    public record PaymentFigures(long customerId, BigDecimal invoiced, BigDecimal paid, BigDecimal open,
            BigDecimal overdue, BigDecimal over90, int invoicesDue, int paidOnTime) {
    }

    /** Every customer with orders in {@code year}, in customer order, streamed. */
    @Transactional(readOnly = true)
    public void forEachCustomerOfYear(int year, Consumer<YearFigures> each) {
        LocalDate start = LocalDate.of(year, 1, 1);
        try (Stream<YearFigures> rows = jdbc.sql("""
                select customer_id,
                    coalesce(sum(orders) filter (where month >= ?), 0) as orders,
                    count(*) filter (where month >= ? and orders > 0) as active_months,
                    coalesce(sum(revenue) filter (where month >= ?), 0) as revenue,
                    coalesce(sum(cost) filter (where month >= ?), 0) as cost,
                    coalesce(sum(revenue) filter (where month < ?), 0) as previous_revenue
                from shipment.customer_month
                where month >= ? and month < ?
                group by customer_id
                having coalesce(sum(orders) filter (where month >= ?), 0) > 0
                order by customer_id""")
                .params(start, start, start, start, start, start.minusYears(1), start.plusYears(1), start)
                .withFetchSize(1000)
                .query((row, n) -> new YearFigures(row.getLong("customer_id"), row.getLong("orders"),
                        row.getInt("active_months"), row.getBigDecimal("revenue"), row.getBigDecimal("cost"),
                        row.getBigDecimal("previous_revenue")))
                .stream()) {
            rows.forEach(each);
        }
    }

    /** The receivables of the given customers at {@code at} (customers without invoices are left out). */
    @Transactional(readOnly = true)
    public List<PaymentFigures> payments(Collection<Long> customerIds, LocalDate dueFrom, LocalDate at) {
        Long[] ids = customerIds.toArray(Long[]::new);
        return jdbc.sql("""
                with invoiced as (
                    select customer_id, sum(amount) as invoiced,
                        coalesce(sum(amount) filter (where due_on > ?), 0) as not_due,
                        coalesce(sum(amount) filter (where due_on >= ?), 0) as within90
                    from shipment.invoice where customer_id = any(?) and issued_on <= ? group by customer_id),
                paid as (
                    select customer_id, sum(amount) as paid
                    from shipment.payment where customer_id = any(?) and paid_on <= ? group by customer_id),
                ordered as (
                    select i.customer_id, i.due_on,
                        sum(i.amount) over (partition by i.customer_id order by i.due_on, i.issued_on, i.number)
                            as owed_by_then,
                        (select coalesce(sum(p.amount), 0) from shipment.payment p
                         where p.customer_id = i.customer_id and p.paid_on <= i.due_on) as paid_by_then
                    from shipment.invoice i where i.customer_id = any(?) and i.issued_on <= ?),
                punctual as (
                    select customer_id, count(*) as due, count(*) filter (where paid_by_then >= owed_by_then) as on_time
                    from ordered where due_on >= ? and due_on <= ? group by customer_id)
                select i.customer_id, i.invoiced, coalesce(p.paid, 0) as paid,
                    greatest(i.invoiced - coalesce(p.paid, 0), 0) as open,
                    greatest(i.invoiced - coalesce(p.paid, 0) - i.not_due, 0) as overdue,
                    greatest(i.invoiced - coalesce(p.paid, 0) - i.within90, 0) as over90,
                    coalesce(u.due, 0) as due, coalesce(u.on_time, 0) as on_time
                from invoiced i
                left join paid p on p.customer_id = i.customer_id
                left join punctual u on u.customer_id = i.customer_id
                order by i.customer_id""")
                .params(at, at.minusDays(90), ids, at, ids, at, ids, at, dueFrom, at)
                .query((row, n) -> new PaymentFigures(row.getLong("customer_id"), row.getBigDecimal("invoiced"),
                        row.getBigDecimal("paid"), row.getBigDecimal("open"), row.getBigDecimal("overdue"),
                        row.getBigDecimal("over90"), row.getInt("due"), row.getInt("on_time")))
                .list();
    }

    /** A customer's latest order date. */
    public record LastOrder(long customerId, LocalDate lastOrderOn) {
    }

    /**
     * The latest order date of every customer with an order on or after {@code since}, streamed; the
     * months before {@code since} are not read (index on the summary's month).
     */
    @Transactional(readOnly = true)
    public void forEachLastOrderSince(LocalDate since, Consumer<LastOrder> each) {
        try (Stream<LastOrder> rows = jdbc.sql("""
                select customer_id, max(last_order_on) as last_order_on
                from shipment.customer_month
                where month >= date_trunc('month', ?::date)::date and last_order_on is not null
                group by customer_id
                order by customer_id""")
                .param(since)
                .withFetchSize(5000)
                .query((row, n) -> new LastOrder(row.getLong(1), row.getObject(2, LocalDate.class)))
                .stream()) {
            rows.forEach(each);
        }
    }
}
