package com.logicrm.shipment;

import com.logicrm.access.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receivables for the data generator (PLT-4, TXN-3): every month's revenue of a generated customer is
 * invoiced on the first day of the next month, due after the customer's terms (30 days, or 60 for one
 * customer in three), and paid according to the customer's way of paying, drawn from the seed:
 * <ul>
 * <li>prompt (70 %): 15 days before to 5 days after the due date;</li>
 * <li>slow (16 %): up to 45 days late;</li>
 * <li>late (10 %): 30 to 120 days late;</li>
 * <li>never (4 %): no payment at all.</li>
 * </ul>
 * Only payments dated up to today are made, so at today the ageing has invoices not yet due (the last
 * month's), and open ones in every bucket past due. Both steps are set-based statements over
 * {@code customer_month} and {@code invoice} for a chunk of customers (their traits passed as arrays),
 * one transaction and one audit row each; the day of a payment within its range comes from a hash of
 * the invoice number, customer and seed, so the same seed and date give the same rows.
 */
@Component
class GeneratedReceivables {

    static final String SOURCE = "GENERATOR";
    /** Customers per statement and transaction. */
    static final int CHUNK = 50_000;

    enum Payer { PROMPT, SLOW, LATE, NEVER }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    GeneratedReceivables(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** What was made. */
    record Made(long invoices, long payments) {
    }

    /** The payment terms in days and the way of paying of the customer at {@code index}, from the seed. */
    static int terms(long seed, int index) {
        return new Random(seed * 104_729 + index).nextInt(3) == 0 ? 60 : 30;
    }

    static Payer payer(long seed, int index) {
        Random random = new Random(seed * 104_729 + index);
        random.nextInt(3);
        double draw = random.nextDouble();
        return draw < 0.70 ? Payer.PROMPT : draw < 0.86 ? Payer.SLOW : draw < 0.96 ? Payer.LATE : Payer.NEVER;
    }

    Made generate(List<Long> ids, long seed, LocalDate today) {
        long invoices = 0;
        long payments = 0;
        for (int start = 0; start < ids.size(); start += CHUNK) {
            int end = Math.min(ids.size(), start + CHUNK);
            Long[] chunk = ids.subList(start, end).toArray(Long[]::new);
            Integer[] terms = new Integer[chunk.length];
            String[] payers = new String[chunk.length];
            for (int i = 0; i < chunk.length; i++) {
                terms[i] = terms(seed, start + i);
                payers[i] = payer(seed, start + i).name();
            }
            Made made = transaction.execute(status -> chunk(chunk, terms, payers, seed, today));
            invoices += made.invoices();
            payments += made.payments();
        }
        return new Made(invoices, payments);
    }

    private Made chunk(Long[] ids, Integer[] terms, String[] payers, long seed, LocalDate today) {
        long invoices = jdbc.sql("""
                with traits as (select * from unnest(?::bigint[], ?::int[]) as t(customer_id, terms)),
                stored as (
                    insert into shipment.invoice (customer_id, number, source, issued_on, due_on, amount)
                    select m.customer_id, 'GEN-' || to_char(m.month, 'YYYYMM'), ?,
                        (m.month + interval '1 month')::date, (m.month + interval '1 month')::date + t.terms, m.revenue
                    from traits t join shipment.customer_month m on m.customer_id = t.customer_id
                    where m.revenue > 0 and (m.month + interval '1 month')::date <= ?
                    on conflict do nothing
                    returning 1
                )
                select count(*) from stored""")
                .params(ids, terms, SOURCE, today).query(Long.class).single();
        long payments = jdbc.sql("""
                with traits as (select * from unnest(?::bigint[], ?::text[]) as t(customer_id, payer)),
                due as (
                    select i.customer_id, i.number, i.due_on, i.amount, t.payer,
                        hashtextextended(i.number || ':' || i.customer_id, ?) & 1048575 as draw
                    from traits t join shipment.invoice i on i.customer_id = t.customer_id
                    where i.source = ? and t.payer <> 'NEVER'
                ), paid as (
                    select customer_id, number, amount, due_on + case payer
                        when 'PROMPT' then (draw % 21)::int - 15
                        when 'SLOW' then (draw % 46)::int
                        else 30 + (draw % 91)::int end as paid_on
                    from due
                ), stored as (
                    insert into shipment.payment (customer_id, source, external_id, paid_on, amount, invoice_number)
                    select customer_id, ?, number, paid_on, amount, number from paid where paid_on <= ?
                    on conflict do nothing
                    returning 1
                )
                select count(*) from stored""")
                .params(ids, payers, seed, SOURCE, SOURCE, today).query(Long.class).single();
        audit.recordFor("system", "INVOICES_LOADED", "invoice", null,
                "%d generated for %d customers".formatted(invoices, ids.length));
        audit.recordFor("system", "PAYMENTS_LOADED", "payment", null,
                "%d generated for %d customers".formatted(payments, ids.length));
        return new Made(invoices, payments);
    }
}
