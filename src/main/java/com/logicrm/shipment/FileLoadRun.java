package com.logicrm.shipment;

import com.logicrm.access.AuditTrail;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.jobs.JobFailure;
import com.logicrm.shared.jobs.JobProgress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one uploaded shipment file (TXN-2 bulk load) in four set-based steps, reported as progress
 * 1–4 of 4. (1, 2) In one transaction: COPY the file's lines into a temporary table, split them, find
 * every bad line with a handful of queries (malformed, missing or unreadable values, negative
 * figures, delivery before pick-up, dates outside the window, external ids repeated in the file, and
 * — after one lookup per kind of reference through the archive's public service — unknown
 * customers), store the errors and the good lines. (3) Create the months' partitions, each in its own
 * transaction. (4) In one transaction: merge the good lines into the shipments and the monthly summary
 * as the batch API does ({@link ShipmentMerge}), with the audit row. A REFUSE load with
 * any bad line stops after step 2; a failure in step 4 leaves nothing merged.
 */
@Component
class FileLoadRun {

    /** The header line a shipment file starts with, and the columns of every line after it. */
    static final List<String> COLUMNS = List.of("externalId", "customerId", "customerArchiveNo",
            "customerCreditCode", "orderedOn", "serviceType", "pieces", "weightKg", "volumeM3", "revenue", "cost",
            "pickedUpAt", "promisedAt", "deliveredAt");

    /** The fields, trimmed and empty as null, of each well-formed line: f1 … f14. */
    private static final String FIELDS = """
            create temporary table file_field on commit drop as
            select line_no + 1 as line_no, %s
            from (select line_no, string_to_array(line, ',') f from file_line
                  where line is not null and btrim(line) <> '') l
            where array_length(f, 1) = 14""";

    /** One row per problem: (line, field, code) over the well-formed lines. */
    private static final String PROBLEMS = """
            insert into shipment.file_load_error (load_id, line_no, field, code)
            select distinct :load, line_no, field, code from (
                select line_no, 'externalId' field, 'required' code from file_field where f1 is null
                union all select line_no, 'externalId', 'tooLong' from file_field where length(f1) > 64
                union all select line_no, 'customer', 'customerMissing' from file_field
                    where num_nonnulls(f2, f3, f4) = 0
                union all select line_no, 'customer', 'customerAmbiguous' from file_field
                    where num_nonnulls(f2, f3, f4) > 1
                union all select line_no, 'customerId', 'invalid' from file_field
                    where f2 is not null and f2 !~ '^[0-9]{1,18}$'
                union all select line_no, 'orderedOn', 'required' from file_field where f5 is null
                union all select line_no, 'orderedOn', 'invalid' from file_field
                    where f5 is not null and shipment.try_date(f5) is null
                union all select line_no, 'orderedOn', 'outOfRange' from file_field
                    where shipment.try_date(f5) not between :earliest and :latest
                union all select line_no, 'serviceType', 'required' from file_field where f6 is null
                union all select line_no, 'serviceType', 'invalid' from file_field
                    where f6 not in ('TRANSPORT', 'WAREHOUSING', 'DISTRIBUTION', 'PROCESSING', 'EXPRESS')
                union all select line_no, 'pieces', 'invalid' from file_field
                    where f7 is not null and shipment.try_integer(f7) is null
                union all select line_no, 'pieces', 'negative' from file_field where shipment.try_integer(f7) < 0
                union all select line_no, field, case when n is null then 'invalid' when n < 0 then 'negative'
                        else 'invalid' end
                    from file_field, lateral (values
                        ('weightKg', f8, shipment.try_numeric(f8), 3, 1e9),
                        ('volumeM3', f9, shipment.try_numeric(f9), 3, 1e9),
                        ('revenue', f10, shipment.try_numeric(f10), 2, 1e12),
                        ('cost', f11, shipment.try_numeric(f11), 2, 1e12)) v(field, text, n, places, below)
                    where text is not null
                      and (n is null or n < 0 or n >= below or scale(trim_scale(n)) > places)
                union all select line_no, field, 'invalid'
                    from file_field, lateral (values ('pickedUpAt', f12), ('promisedAt', f13), ('deliveredAt', f14))
                        v(field, text)
                    where text is not null and shipment.try_timestamptz(text) is null
                union all select line_no, 'deliveredAt', 'deliveredBeforePickup' from file_field
                    where shipment.try_timestamptz(f14) < shipment.try_timestamptz(f12)
                union all select line_no, 'externalId', 'duplicateInBatch' from (
                    select line_no, count(*) over (partition by f1) repeats from file_field where f1 is not null) d
                    where repeats > 1
                union all select f.line_no, c.field, c.code from file_field f
                    join file_customer c on c.value = coalesce(f.f2, f.f3, upper(f.f4))
                        and c.field = case when f.f2 is not null then 'customerId'
                            when f.f3 is not null then 'customerArchiveNo' else 'customerCreditCode' end
                    where c.customer_id is null and num_nonnulls(f.f2, f.f3, f.f4) = 1
            ) problems""";

    private final JdbcClient jdbc;
    private final ShipmentMerge merge;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final CustomerLookup lookup;
    private final ShipmentPartitions partitions;
    private final ShipmentSettings settings;
    private final AuditTrail audit;

    FileLoadRun(JdbcClient jdbc, ShipmentMerge merge, DataSource dataSource, TransactionTemplate transaction,
            CustomerLookup lookup, ShipmentPartitions partitions, ShipmentSettings settings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.merge = merge;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.lookup = lookup;
        this.partitions = partitions;
        this.settings = settings;
        this.audit = audit;
    }

    /** What a finished run counted. */
    record Counts(long lines, long loaded, long alreadyLoaded, long rejected, boolean refused) {
    }

    Counts run(FileLoadStore.Upload upload, byte[] content, JobProgress progress) {
        progress.total(4);
        long id = upload.id();
        long[] checked = transaction.execute(status -> check(id, upload.source(), content, progress));
        long lines = checked[0];
        long rejected = checked[1];
        // Statistics taken while the staging table held another load's lines (or none) estimate this
        // load at one row, and the merge then joins its CTEs by nested loop: quadratic, hours for
        // 100,000 lines. Fresh ones, in a statement of their own so no lock is held into the merge.
        jdbc.sql("analyze shipment.file_load_row").update();
        progress.done(2);
        if (upload.refuseOnError() && rejected > 0) {
            transaction.executeWithoutResult(status -> discard(id));
            progress.done(4);
            return new Counts(lines, 0, 0, rejected, true);
        }
        try {
            partitions.ensure(jdbc.sql("select distinct date_trunc('month', ordered_on)::date "
                    + "from shipment.file_load_row where load_id = ?")
                    .param(id).query(LocalDate.class).list().stream().map(YearMonth::from).toList());
            progress.done(3);
            long good = lines - rejected;
            long loaded = transaction.execute(status -> {
                long stored = merge.merge(status, "select source, external_id, customer_id, ordered_on, service_type,"
                        + " null::text origin_region, null::text destination_region, pieces, weight_kg, volume_m3,"
                        + " revenue, cost, picked_up_at, promised_at, delivered_at, 0 damaged_pieces,"
                        + " 0 lost_pieces, false wrong_dispatch, false traffic_accident, 0 storage_damaged_pieces,"
                        + " false packaging_defect, false direct_delivery, null::boolean feedback_timely"
                        + " from shipment.file_load_row where load_id = ?", id);
                discard(id);
                audit.record("SHIPMENTS_LOADED", "shipment", null, "%s: %d lines, %d loaded, %d already loaded, "
                        .formatted(upload.fileName(), lines, stored, good - stored) + rejected + " refused");
                return stored;
            });
            progress.done(4);
            return new Counts(lines, loaded, good - loaded, rejected, false);
        } catch (RuntimeException failed) {
            transaction.executeWithoutResult(status -> discard(id));
            throw failed;
        }
    }

    /** Steps 1 and 2; answers the number of lines and of bad lines. */
    private long[] check(long id, String source, byte[] content, JobProgress progress) {
        byte[] body = withoutHeader(content);
        jdbc.sql("create temporary table file_line (line_no bigint generated always as identity, line text) "
                + "on commit drop").update();
        copy(body);
        progress.done(1);
        StringBuilder fields = new StringBuilder();
        for (int i = 1; i <= COLUMNS.size(); i++) {
            fields.append(i == 1 ? "" : ", ").append("nullif(btrim(f[").append(i).append("]), '') f").append(i);
        }
        jdbc.sql(FIELDS.formatted(fields)).update();
        jdbc.sql("""
                insert into shipment.file_load_error (load_id, line_no, field, code)
                select ?, line_no + 1, 'line', 'malformed' from file_line
                where line is not null and btrim(line) <> '' and coalesce(array_length(string_to_array(line, ','), 1), 0) <> 14""")
                .param(id).update();
        resolveCustomers();
        jdbc.sql(PROBLEMS).param("load", id).param("earliest", settings.earliestOrderDate())
                .param("latest", partitions.latestOrderDate()).update();
        jdbc.sql("""
                insert into shipment.file_load_row (load_id, line_no, source, external_id, customer_id, ordered_on,
                    service_type, pieces, weight_kg, volume_m3, revenue, cost, picked_up_at, promised_at, delivered_at)
                select ?, f.line_no, ?, f.f1, c.customer_id, f.f5::date, f6, coalesce(f7::integer, 0),
                    coalesce(f8::numeric, 0), coalesce(f9::numeric, 0), coalesce(f10::numeric, 0),
                    coalesce(f11::numeric, 0), f12::timestamptz, f13::timestamptz, f14::timestamptz
                from file_field f
                join file_customer c on c.value = coalesce(f.f2, f.f3, upper(f.f4)) and c.customer_id is not null
                    and c.field = case when f.f2 is not null then 'customerId'
                        when f.f3 is not null then 'customerArchiveNo' else 'customerCreditCode' end
                where not exists (select 1 from shipment.file_load_error e where e.load_id = ? and e.line_no = f.line_no)""")
                .params(id, source, id).update();
        long lines = jdbc.sql("select count(*) from file_line where line is not null and btrim(line) <> ''")
                .query(Long.class).single();
        long bad = jdbc.sql("select count(distinct line_no) from shipment.file_load_error where load_id = ?")
                .param(id).query(Long.class).single();
        return new long[] {lines, bad};
    }

    /**
     * The customers the file names, one lookup per kind of reference for the whole file: a temporary
     * table of (field, value as written, archive id or null; code for the error).
     */
    private void resolveCustomers() {
        jdbc.sql("create temporary table file_customer (field text, value text, customer_id bigint, code text) "
                + "on commit drop").update();
        List<ShipmentRow.CustomerRef> refs = jdbc.sql("""
                select distinct case when f2 is not null then 'customerId' when f3 is not null then 'customerArchiveNo'
                    else 'customerCreditCode' end, coalesce(f2, f3, upper(f4))
                from file_field where num_nonnulls(f2, f3, f4) = 1 and (f2 is null or f2 ~ '^[0-9]{1,18}$')""")
                .query((row, n) -> new ShipmentRow.CustomerRef(row.getString(1), row.getString(2))).list();
        List<ShipmentRow.CustomerRef> lookups = new ArrayList<>();
        List<String[]> answers = new ArrayList<>();
        for (ShipmentRow.CustomerRef ref : refs) {
            if (ref.field().equals("customerCreditCode")) {
                try {
                    lookups.add(new ShipmentRow.CustomerRef(ref.field(),
                            CreditCode.parse(ref.field(), ref.value()).value()));
                } catch (InvalidField invalid) {
                    answers.add(new String[] {ref.field(), ref.value(), null, "invalid"});
                    continue;
                }
            } else {
                lookups.add(ref);
            }
            answers.add(new String[] {ref.field(), ref.value(), null, "customerUnknown"});
        }
        Map<ShipmentRow.CustomerRef, Long> found = lookup.resolve(lookups);
        for (String[] answer : answers) {
            if (answer[3].equals("customerUnknown")) {
                String normal = answer[0].equals("customerCreditCode")
                        ? CreditCode.parse(answer[0], answer[1]).value() : answer[1];
                Long customer = found.get(new ShipmentRow.CustomerRef(answer[0], normal));
                answer[2] = customer == null ? null : customer.toString();
            }
        }
        jdbc.sql("insert into file_customer select * from unnest(?::text[], ?::text[], ?::bigint[], ?::text[])")
                .params(ReceivableLoader.column(answers, a -> a[0]), ReceivableLoader.column(answers, a -> a[1]),
                        ReceivableLoader.column(answers, a -> a[2]), ReceivableLoader.column(answers, a -> a[3]))
                .update();
    }

    private void copy(byte[] body) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // every line is one field: the delimiter and quote are control characters a shipment file has not
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy file_line (line) from stdin (format csv, delimiter E'\\x1f', quote E'\\x1e')",
                    new ByteArrayInputStream(body));
        } catch (SQLException | IOException unreadable) {
            throw new JobFailure("shipment.load.unreadable");
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void discard(long id) {
        jdbc.sql("delete from shipment.file_load_row where load_id = ?").param(id).update();
    }

    /** The file after its header line, which must name the columns in order. */
    static byte[] withoutHeader(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).strip();
        if (!header.equals(String.join(",", COLUMNS))) {
            throw new JobFailure("shipment.load.header");
        }
        return (end < 0 ? "" : text.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
    }
}
