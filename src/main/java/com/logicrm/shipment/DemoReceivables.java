package com.logicrm.shipment;

import com.logicrm.access.OnBehalf;
import com.logicrm.customer.CustomerReferences;
import com.logicrm.shared.database.DatabaseMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives the demo customers with shipments ({@link DemoShipments}) their receivables and
 * a few returns, so the tab 业务与服务 shows an ageing and the archive's section 4 has entries: every
 * month's revenue invoiced on the first of the next month, due in 30 days (60 for every fourth
 * customer); most customers pay around the due date, two in ten 35–110 days late, and one in thirteen
 * has paid nothing for its last five invoices. Two customers get a compensation and a discount. All of
 * it goes through the ordinary batch loads (the returns as the demo supervisor, who catalogues them),
 * is the same on every start, and is loaded once.
 */
@Component
class DemoReceivables {

    static final String SOURCE = "DEMO";
    private static final Logger log = LoggerFactory.getLogger(DemoReceivables.class);

    private final DemoShipments shipments;
    private final ReceivableLoader receivables;
    private final ReturnLoader returns;
    private final CustomerReferences customers;
    private final OnBehalf onBehalf;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean demo;

    DemoReceivables(DemoShipments shipments, ReceivableLoader receivables, ReturnLoader returns,
            CustomerReferences customers, OnBehalf onBehalf, JdbcClient jdbc, Clock clock, Environment environment) {
        this.shipments = shipments;
        this.receivables = receivables;
        this.returns = returns;
        this.customers = customers;
        this.onBehalf = onBehalf;
        this.jdbc = jdbc;
        this.clock = clock;
        this.demo = DatabaseMode.demoEnabled(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!demo || jdbc.sql("select exists (select 1 from shipment.invoice where source = ?)").param(SOURCE)
                .query(Boolean.class).single()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        List<InvoiceItem> invoices = new ArrayList<>();
        List<PaymentItem> payments = new ArrayList<>();
        List<Long> ids = customers.firstCurrent(DemoShipments.CUSTOMERS);
        for (int n = 0; n < ids.size(); n++) {
            receivables(n, ids.get(n), today, invoices, payments);
        }
        if (invoices.isEmpty()) {
            return;
        }
        LoadResult invoiced = receivables.invoices(SOURCE, invoices, "system");
        LoadResult paid = receivables.payments(SOURCE, payments, "system");
        log.info("Demo mode: loaded {} demo invoices and {} payments", invoiced.loaded(), paid.loaded());
        if (ids.size() > 5) {
            try {
                onBehalf.run("supervisor", user -> returns.load(SOURCE, returns(ids.get(2), ids.get(5), today), user));
            } catch (RuntimeException refused) {
                log.warn("Demo mode: no demo returns loaded ({})", refused.getMessage());
            }
        }
    }

    /** The invoices and payments of the {@code n}th demo customer up to {@code today}, the same every time. */
    void receivables(int n, long customer, LocalDate today, List<InvoiceItem> invoices, List<PaymentItem> payments) {
        Map<YearMonth, BigDecimal> revenue = new TreeMap<>();
        for (ShipmentItem item : shipments.shipments(customer, today)) {
            revenue.merge(YearMonth.parse(item.orderedOn().substring(0, 7)), item.revenue(), BigDecimal::add);
        }
        Random random = new Random(2026L * 131 + customer);
        int terms = n % 4 == 3 ? 60 : 30;
        boolean late = n % 10 == 3 || n % 10 == 7;
        List<YearMonth> months = revenue.keySet().stream().filter(m -> !m.plusMonths(1).atDay(1).isAfter(today))
                .toList();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            LocalDate issued = month.plusMonths(1).atDay(1);
            LocalDate due = issued.plusDays(terms);
            String number = "DEMO-%d-%s".formatted(customer, month);
            BigDecimal amount = revenue.get(month).setScale(2, RoundingMode.HALF_UP);
            invoices.add(new InvoiceItem(null, number, customer, null, null, issued.toString(), due.toString(),
                    amount, null));
            boolean unpaid = n % 13 == 5 && i >= months.size() - 5;
            LocalDate paidOn = late ? due.plusDays(35 + random.nextInt(76)) : due.plusDays(random.nextInt(14) - 10);
            if (!unpaid && !paidOn.isAfter(today)) {
                payments.add(new PaymentItem(null, number, customer, null, null, paidOn.toString(), amount, number));
            }
        }
    }

    /** A damage compensation we were responsible for and a discount for a late delivery. */
    static List<ReturnItem> returns(long first, long second, LocalDate today) {
        return List.of(
                new ReturnItem(null, "DEMO-R-%d-1".formatted(first), first, null, null, today.minusDays(40).toString(),
                        "COMPENSATION", new BigDecimal("860.00"), "运输途中外箱受压，三件货物破损", "OURS",
                        "装车时堆码过高，已要求加固包装", null),
                new ReturnItem(null, "DEMO-R-%d-2".formatted(second), second, null, null,
                        today.minusDays(12).toString(), "DISCOUNT", new BigDecimal("320.00"), "送达晚于承诺时间一天",
                        "UNDETERMINED", null, null));
    }
}
