package com.logicrm.shipment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads batches of invoices and payments (TXN-3) the way shipments are loaded: every item checked, the
 * customers resolved per batch, all good items merged in one statement from arrays; an invoice or a
 * payment already loaded is left as it was ({@code on conflict do nothing}).
 */
@Component
class ReceivableLoader {

    private static final BatchSteps.Kind<ReceivableRows.Invoice> INVOICES = new BatchSteps.Kind<>(
            ReceivableRows.Invoice::index, ReceivableRows.Invoice::customer, ReceivableRows.Invoice::number,
            "number", "INVOICES_LOADED");
    private static final BatchSteps.Kind<ReceivableRows.Payment> PAYMENTS = new BatchSteps.Kind<>(
            ReceivableRows.Payment::index, ReceivableRows.Payment::customer,
            row -> List.of(row.source(), row.externalId()), "externalId", "PAYMENTS_LOADED");

    private final JdbcClient jdbc;
    private final BatchSteps steps;
    private final ShipmentSettings settings;
    private final ShipmentPartitions partitions;

    ReceivableLoader(JdbcClient jdbc, BatchSteps steps, ShipmentSettings settings, ShipmentPartitions partitions) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.settings = settings;
        this.partitions = partitions;
    }

    LoadResult invoices(String source, List<InvoiceItem> items, String actor) {
        ReceivableCheck check = check(items.size());
        List<ReceivableRows.Invoice> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InvoiceItem item = items.get(i);
            Optional<ReceivableRows.Invoice> row = item == null ? required(check, i) : check.invoice(i, source, item);
            row.ifPresent(rows::add);
        }
        return steps.load(INVOICES, items.size(), rows, check.problems(), BatchSteps.none(), (good, customers) ->
                BatchSteps.Merged.of(jdbc.sql("""
                        with stored as (
                            insert into shipment.invoice (customer_id, number, source, issued_on, due_on, amount)
                            select * from unnest(?::bigint[], ?::text[], ?::text[], ?::date[], ?::date[], ?::numeric[])
                            on conflict do nothing
                            returning 1
                        )
                        select count(*) from stored""")
                        .params(column(good, row -> customers.get(row).toString()),
                                column(good, ReceivableRows.Invoice::number),
                                column(good, ReceivableRows.Invoice::source),
                                column(good, row -> row.issuedOn().toString()),
                                column(good, row -> row.dueOn().toString()),
                                column(good, row -> row.amount().toPlainString()))
                        .query(Long.class).single()), actor);
    }

    LoadResult payments(String source, List<PaymentItem> items, String actor) {
        ReceivableCheck check = check(items.size());
        List<ReceivableRows.Payment> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PaymentItem item = items.get(i);
            Optional<ReceivableRows.Payment> row = item == null ? required(check, i) : check.payment(i, source, item);
            row.ifPresent(rows::add);
        }
        return steps.load(PAYMENTS, items.size(), rows, check.problems(), this::unknownInvoices, (good, customers) ->
                BatchSteps.Merged.of(jdbc.sql("""
                        with stored as (
                            insert into shipment.payment (customer_id, source, external_id, paid_on, amount,
                                invoice_number)
                            select * from unnest(?::bigint[], ?::text[], ?::text[], ?::date[], ?::numeric[], ?::text[])
                            on conflict do nothing
                            returning 1
                        )
                        select count(*) from stored""")
                        .params(column(good, row -> customers.get(row).toString()),
                                column(good, ReceivableRows.Payment::source),
                                column(good, ReceivableRows.Payment::externalId),
                                column(good, row -> row.paidOn().toString()),
                                column(good, row -> row.amount().toPlainString()),
                                column(good, ReceivableRows.Payment::invoiceNumber))
                        .query(Long.class).single()), actor);
    }

    /** Payments naming an invoice their customer does not have, found with one query for the batch. */
    private Map<ReceivableRows.Payment, ItemProblem> unknownInvoices(List<ReceivableRows.Payment> rows,
            Map<ReceivableRows.Payment, Long> customers) {
        List<ReceivableRows.Payment> naming = rows.stream().filter(row -> row.invoiceNumber() != null).toList();
        if (naming.isEmpty()) {
            return Map.of();
        }
        Set<List<Object>> known = new HashSet<>(jdbc.sql("""
                select i.customer_id, i.number from shipment.invoice i
                join unnest(?::bigint[], ?::text[]) as t(customer_id, number) using (customer_id, number)""")
                .params(column(naming, row -> customers.get(row).toString()),
                        column(naming, ReceivableRows.Payment::invoiceNumber))
                .query((row, n) -> List.<Object>of(row.getLong(1), row.getString(2))).list());
        Map<ReceivableRows.Payment, ItemProblem> refused = new HashMap<>();
        for (ReceivableRows.Payment row : naming) {
            if (!known.contains(List.of(customers.get(row), row.invoiceNumber()))) {
                refused.put(row, new ItemProblem(row.index(), "invoiceNumber", "invoiceUnknown"));
            }
        }
        return refused;
    }

    private ReceivableCheck check(int size) {
        if (size > settings.maxBatch()) {
            throw new BatchTooLarge(size, settings.maxBatch());
        }
        return new ReceivableCheck(settings.earliestOrderDate(), partitions.latestOrderDate());
    }

    private static <R> Optional<R> required(ReceivableCheck check, int index) {
        check.start(index);
        check.problem("", "required");
        return Optional.empty();
    }

    static <R> String[] column(List<R> rows, Function<R, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
