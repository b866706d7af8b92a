package com.logicrm.shipment;

import com.logicrm.access.AuditTrail;
import com.logicrm.shared.database.CopyText;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a batch (TXN-2): checks every item, resolves the customers of the whole batch with one query
 * per kind of reference, makes sure the months' partitions exist, then merges all good items, sent as
 * arrays ({@code unnest}), and their monthly sums ({@link ShipmentMerge}). The merge and the audit row
 * commit together or not at all.
 */
@Component
class ShipmentLoader {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final String FROM_ARRAYS = """
            select * from unnest(?::text[], ?::text[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[],
                    ?::int[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                    ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::int[], ?::int[], ?::boolean[],
                    ?::boolean[], ?::int[], ?::boolean[], ?::boolean[], ?::boolean[])
                as t(%s)""".formatted(ShipmentMerge.INCOMING_COLUMNS);

    /** The columns of an incoming row, in order: of the arrays, and of the bulk path's staging table. */
    static final String COLUMNS = "source text, external_id text, customer_id bigint, ordered_on date, "
            + "service_type text, origin_region text, destination_region text, pieces int, weight_kg numeric, "
            + "volume_m3 numeric, revenue numeric, cost numeric, picked_up_at timestamptz, promised_at timestamptz, "
            + "delivered_at timestamptz, damaged_pieces int, lost_pieces int, wrong_dispatch boolean, "
            + "traffic_accident boolean, storage_damaged_pieces int, packaging_defect boolean, "
            + "direct_delivery boolean, feedback_timely boolean";

    private static final String STAGING = "shipment_staging";

    private final JdbcClient jdbc;
    private final ShipmentMerge merge;
    private final CustomerLookup lookup;
    private final ShipmentPartitions partitions;
    private final ShipmentSettings settings;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final DataSource dataSource;

    ShipmentLoader(JdbcClient jdbc, ShipmentMerge merge, CustomerLookup lookup, ShipmentPartitions partitions,
            ShipmentSettings settings, TransactionTemplate transaction, AuditTrail audit, DataSource dataSource) {
        this.jdbc = jdbc;
        this.merge = merge;
        this.dataSource = dataSource;
        this.lookup = lookup;
        this.partitions = partitions;
        this.settings = settings;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** Loads what is good in the batch; {@code actor} is named in the audit row (null: the signed-in user). */
    LoadResult load(String source, List<ShipmentItem> items, String actor) {
        if (items.size() > settings.maxBatch()) {
            throw new BatchTooLarge(items.size(), settings.maxBatch());
        }
        ItemCheck check = new ItemCheck(settings.earliestOrderDate(), partitions.latestOrderDate());
        List<ShipmentRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ShipmentItem item = items.get(i);
            if (item == null) {
                check.problems().add(new ItemProblem(i, "", "required"));
                continue;
            }
            check.check(i, source, item).ifPresent(rows::add);
        }
        rows = withoutRepeatedIds(rows, items, source, check);
        Map<ShipmentRow, Long> customers = customers(rows, check);
        List<ShipmentRow> good = rows.stream().filter(customers::containsKey).toList();
        partitions.ensure(good.stream().map(row -> YearMonth.from(row.orderedOn())).distinct().toList());
        long loaded = good.isEmpty() ? 0 : transaction.execute(status -> {
            long count = merge(status, good, customers);
            String summary = "%d received, %d loaded, %d already loaded, %d refused".formatted(items.size(), count,
                    good.size() - count, items.size() - good.size());
            if (actor == null) {
                audit.record("SHIPMENTS_LOADED", "shipment", null, summary);
            } else {
                audit.recordFor(actor, "SHIPMENTS_LOADED", "shipment", null, summary);
            }
            return count;
        });
        List<ItemProblem> problems = check.problems().stream()
                .sorted(Comparator.comparingInt(ItemProblem::index)).toList();
        return new LoadResult(items.size(), (int) loaded, good.size() - (int) loaded, items.size() - good.size(),
                problems);
    }

    /**
     * The bulk path (PLT-4, TXN-2) for rows already checked and resolved by their producer, such as the
     * data generator: {@code rows} in PostgreSQL's COPY text format, columns as in {@link #COLUMNS}, go
     * by {@code COPY} into a temporary staging table, then through the same merge as a batch — the
     * shipments and {@code customer_month} in one transaction, with one audit row. The months' partitions are made sure of first. Returns how many rows became shipments.
     */
    long loadCopy(String source, Collection<YearMonth> months, String rows, String actor) {
        partitions.ensure(months);
        return transaction.execute(status -> {
            jdbc.sql("create temporary table " + STAGING + " (" + COLUMNS + ") on commit drop").update();
            long staged = copy(rows);
            long count = merge.merge(status, "select * from " + STAGING);
            audit.recordFor(actor, "SHIPMENTS_LOADED", "shipment", null,
                    "%d received in bulk from %s, %d loaded, %d already loaded".formatted(staged, source, count,
                            staged - count));
            return count;
        });
    }

    private long copy(String rows) {
        return CopyText.copyIn(dataSource, "copy " + STAGING + " from stdin", rows);
    }

    /**
     * Refuses every item whose (source, external id) occurs more than once in the batch, the faulty
     * copies included: which one is right is unknown.
     */
    private static List<ShipmentRow> withoutRepeatedIds(List<ShipmentRow> rows, List<ShipmentItem> items,
            String batchSource, ItemCheck check) {
        Map<List<String>, Long> occurrences = new HashMap<>();
        items.stream().filter(item -> item != null && item.externalId() != null).forEach(item -> occurrences.merge(
                List.of(Objects.toString(item.source() == null ? batchSource : item.source(), "").strip(),
                        item.externalId().strip()), 1L, Long::sum));
        List<ShipmentRow> kept = new ArrayList<>();
        for (ShipmentRow row : rows) {
            if (occurrences.get(List.of(row.source(), row.externalId())) > 1) {
                check.problems().add(new ItemProblem(row.index(), "externalId", "duplicateInBatch"));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    private Map<ShipmentRow, Long> customers(List<ShipmentRow> rows, ItemCheck check) {
        Map<ShipmentRow.CustomerRef, Long> resolved = lookup.resolve(rows.stream().map(ShipmentRow::customer).toList());
        Map<ShipmentRow, Long> found = new HashMap<>();
        for (ShipmentRow row : rows) {
            Long id = resolved.get(row.customer());
            if (id != null) {
                found.put(row, id);
            } else {
                check.problems().add(new ItemProblem(row.index(), row.customer().field(), "customerUnknown"));
            }
        }
        return found;
    }

    private long merge(TransactionStatus status, List<ShipmentRow> rows, Map<ShipmentRow, Long> customers) {
        Object[] columns = {
            column(rows, ShipmentRow::source),
            column(rows, ShipmentRow::externalId),
            column(rows, row -> customers.get(row).toString()),
            column(rows, row -> row.orderedOn().toString()),
            column(rows, row -> row.serviceType().name()),
            column(rows, ShipmentRow::originRegion),
            column(rows, ShipmentRow::destinationRegion),
            column(rows, row -> Integer.toString(row.pieces())),
            column(rows, row -> row.weightKg().toPlainString()),
            column(rows, row -> row.volumeM3().toPlainString()),
            column(rows, row -> row.revenue().toPlainString()),
            column(rows, row -> row.cost().toPlainString()),
            column(rows, row -> time(row.pickedUpAt())),
            column(rows, row -> time(row.promisedAt())),
            column(rows, row -> time(row.deliveredAt())),
            column(rows, row -> Integer.toString(row.damagedPieces())),
            column(rows, row -> Integer.toString(row.lostPieces())),
            column(rows, row -> Boolean.toString(row.wrongDispatch())),
            column(rows, row -> Boolean.toString(row.trafficAccident())),
            column(rows, row -> Integer.toString(row.storageDamagedPieces())),
            column(rows, row -> Boolean.toString(row.packagingDefect())),
            column(rows, row -> Boolean.toString(row.directDelivery())),
            column(rows, row -> Objects.toString(row.feedbackTimely(), null)),
        };
        return merge.merge(status, FROM_ARRAYS, columns);
    }

    private static String[] column(List<ShipmentRow> rows, Function<ShipmentRow, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(TIME);
    }
}
