package com.logicrm.shipment;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.CustomerNotCurrent;
import com.logicrm.customer.CustomerNotFound;
import com.logicrm.customer.NewArchiveEntry;
import com.logicrm.customer.YearClosed;
import com.logicrm.shared.DomainProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads batches of returns, compensations and discounts (TXN-4). Each new row is stored, catalogued in
 * section 4 (退赔折价) of its customer's archive through the archive's public service, and added to
 * the month's {@code returns} in {@code customer_month} (net revenue follows), all in the batch's
 * transaction. Each row runs under a savepoint of its own: one the archive refuses (customer no
 * longer current, its year closed, outside the loader's scope) is reported as an item error and
 * leaves nothing behind, the others go in. Returns are few beside shipments; row by row is enough.
 */
@Component
class ReturnLoader {

    private static final BatchSteps.Kind<ReturnRow> RETURNS = new BatchSteps.Kind<>(ReturnRow::index,
            ReturnRow::customer, row -> List.of(row.source(), row.externalId()), "externalId", "RETURNS_LOADED");

    private final JdbcClient jdbc;
    private final BatchSteps steps;
    private final ShipmentSettings settings;
    private final ShipmentPartitions partitions;
    private final CustomerArchive archive;
    private final MessageSource messages;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    ReturnLoader(JdbcClient jdbc, BatchSteps steps, ShipmentSettings settings, ShipmentPartitions partitions,
            CustomerArchive archive, MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.settings = settings;
        this.partitions = partitions;
        this.archive = archive;
        this.messages = messages;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    LoadResult load(String source, List<ReturnItem> items, SignedInUser user) {
        if (items.size() > settings.maxBatch()) {
            throw new BatchTooLarge(items.size(), settings.maxBatch());
        }
        ReturnCheck check = new ReturnCheck(settings.earliestOrderDate(),
                LocalDate.now(clock.withZone(ZoneId.systemDefault())));
        List<ReturnRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReturnItem item = items.get(i);
            if (item == null) {
                check.start(i);
                check.problem("", "required");
                continue;
            }
            check.check(i, source, item).ifPresent(rows::add);
        }
        // a return adds to its month's summary row, which needs the month's partition
        partitions.ensure(rows.stream().map(row -> YearMonth.from(row.occurredOn())).distinct().toList());
        return steps.load(RETURNS, items.size(), rows, check.problems(), BatchSteps.none(),
                (good, customers) -> merge(good, customers, user), null);
    }

    private BatchSteps.Merged merge(List<ReturnRow> rows, Map<ReturnRow, Long> customers, SignedInUser user) {
        long loaded = 0;
        List<ItemProblem> refused = new ArrayList<>();
        for (ReturnRow row : rows) {
            try {
                if (Boolean.TRUE.equals(savepoint.execute(status -> store(row, customers.get(row), user)))) {
                    loaded++;
                }
            } catch (DomainProblem problem) {
                refused.add(new ItemProblem(row.index(), "customer", code(problem)));
            }
        }
        return new BatchSteps.Merged(loaded, refused);
    }

    /** Stores, catalogues and sums one row; false when it was loaded before. */
    private boolean store(ReturnRow row, long customerId, SignedInUser user) {
        Optional<Integer> inserted = jdbc.sql("""
                insert into shipment.customer_return (customer_id, source, external_id, occurred_on, kind, amount,
                    reason, responsibility, finding, shipment_external_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                returning 1""")
                .params(customerId, row.source(), row.externalId(), row.occurredOn(), row.kind().name(),
                        row.amount(), row.reason(), row.responsibility().name(), row.finding(),
                        row.shipmentExternalId())
                .query(Integer.class).optional();
        if (inserted.isEmpty()) {
            return false;
        }
        ArchiveEntry entry = archive.add(customerId, new NewArchiveEntry(ArchiveSection.RETURNS, row.occurredOn(),
                title(row), row.reason(), row.kind(), row.amount(), row.responsibility(), row.finding()), user);
        jdbc.sql("update shipment.customer_return set catalogue_no = ? "
                + "where customer_id = ? and source = ? and external_id = ?")
                .params(entry.catalogueNo(), customerId, row.source(), row.externalId()).update();
        jdbc.sql("""
                insert into shipment.customer_month as m (customer_id, month, orders, pieces, weight_kg, revenue, cost,
                    returns, refreshed_at)
                values (?, date_trunc('month', ?::date)::date, 0, 0, 0, 0, 0, ?, now())
                on conflict (customer_id, month) do update set
                    returns = m.returns + excluded.returns,
                    refreshed_at = excluded.refreshed_at""")
                .params(customerId, row.occurredOn(), row.amount()).update();
        return true;
    }

    /** The entry's title in the archive's language (Chinese): kind, source id and the shipment if named. */
    private String title(ReturnRow row) {
        String kind = messages.getMessage("archive.returnKind." + row.kind().name(), null, Locale.SIMPLIFIED_CHINESE);
        String reference = row.source() + " " + row.externalId();
        return row.shipmentExternalId() == null
                ? messages.getMessage("shipment.return.entry", new Object[] {kind, reference},
                        Locale.SIMPLIFIED_CHINESE)
                : messages.getMessage("shipment.return.entryForShipment",
                        new Object[] {kind, reference, row.shipmentExternalId()}, Locale.SIMPLIFIED_CHINESE);
    }

    private static String code(DomainProblem problem) {
        if (problem instanceof CustomerNotFound) {
            return "customerUnknown";
        }
        if (problem instanceof CustomerNotCurrent) {
            return "customerNotCurrent";
        }
        return problem instanceof YearClosed ? "yearClosed" : "notCatalogued";
    }
}
