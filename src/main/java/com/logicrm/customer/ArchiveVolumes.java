package com.logicrm.customer;

import com.logicrm.access.DataScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closes years of the archive into annual volumes (年度卷) with set-based SQL, and reads them back.
 * A volume stores the SHA-256 of its entries as they were at closing ({@link #DIGEST}); reading it
 * recomputes the digest, so a change made behind LogiCRM's back shows as a volume no longer intact.
 */
@Component
class ArchiveVolumes {

    /**
     * The digest of one customer-year's entries (alias {@code e}), removed ones included; every
     * column is coalesced so that a value cannot shift into its neighbour.
     */
    static final String DIGEST = """
            encode(sha256(convert_to(coalesce(string_agg(
                e.catalogue_no || '|' || e.entry_date || '|' || e.title || '|' || coalesce(e.notes, '') || '|'
                || coalesce(e.document_id::text, '') || '|' || coalesce(e.return_kind, '') || '|'
                || coalesce(e.amount::text, '') || '|' || coalesce(e.responsibility, '') || '|'
                || coalesce(e.finding, '') || '|' || e.active,
                E'\\n' order by e.section, e.sequence), ''), 'UTF8')), 'hex')""";

    private final JdbcClient jdbc;
    private final ArchiveYearLock lock;

    ArchiveVolumes(JdbcClient jdbc, ArchiveYearLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** Closes one customer's year, also when nothing was filed in it; false if it was closed already. */
    boolean close(long customerId, String archiveNo, int year, String actor, Instant at) {
        lock.closing(year);
        return jdbc.sql("insert into customer.archive_volume (customer_id, volume_year, volume_no, entry_count, "
                + "digest, closed_by, closed_at) select :customer, :year, :volumeNo, count(e.id), " + DIGEST + """
                , :actor, :at
                from customer.archive_entry e
                where e.customer_id = :customer and e.entry_year = :year
                on conflict (customer_id, volume_year) do nothing""")
                .param("customer", customerId).param("year", year).param("volumeNo", volumeNo(archiveNo, year))
                .param("actor", actor).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    /**
     * Closes the year for every customer in the scope that has entries in it and no volume yet, in one
     * statement. Returns the number of volumes and of entries they hold.
     */
    VolumesClosed closeAll(int year, DataScope scope, String actor, Instant at) {
        lock.closing(year);
        DataScope.ScopePredicate visible = scope.where("c.owner_id", "c.department_id");
        Map<String, Object> params = new HashMap<>(visible.parameters());
        params.put("year", year);
        params.put("actor", actor);
        params.put("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        return jdbc.sql("with closed as (insert into customer.archive_volume (customer_id, volume_year, volume_no, "
                + "entry_count, digest, closed_by, closed_at) select e.customer_id, :year, c.archive_no || '/' || :year, "
                + "count(*), " + DIGEST + ", :actor, :at "
                + "from customer.archive_entry e join customer.customer c on c.id = e.customer_id "
                + "where e.entry_year = :year and (" + visible.sql() + ") "
                + "and not exists (select 1 from customer.archive_volume v "
                + "where v.customer_id = e.customer_id and v.volume_year = :year) "
                + "group by e.customer_id, c.archive_no returning entry_count) "
                + "select count(*) as volumes, coalesce(sum(entry_count), 0) as entries from closed")
                .params(params)
                .query((row, number) -> new VolumesClosed(year, row.getInt("volumes"), row.getLong("entries")))
                .single();
    }

    /** The customer's volumes, newest year first, each checked against its entries now. */
    List<ArchiveVolume> of(long customerId) {
        return jdbc.sql("select v.customer_id, v.volume_year, v.volume_no, v.entry_count, v.digest, v.closed_by, "
                + "v.closed_at, v.digest = (select " + DIGEST + " from customer.archive_entry e "
                + "where e.customer_id = v.customer_id and e.entry_year = v.volume_year) as intact "
                + "from customer.archive_volume v where v.customer_id = ? order by v.volume_year desc")
                .param(customerId)
                .query((row, number) -> new ArchiveVolume(row.getLong("customer_id"), row.getInt("volume_year"),
                        row.getString("volume_no"), row.getInt("entry_count"), row.getString("digest"),
                        row.getString("closed_by"), row.getObject("closed_at", OffsetDateTime.class).toInstant(),
                        row.getBoolean("intact")))
                .list();
    }

    static String volumeNo(String archiveNo, int year) {
        return archiveNo + "/" + year;
    }
}
