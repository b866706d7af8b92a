package com.logicrm.customer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code customer.archive_entry}, in the caller's transaction. Writers of a year hold the
 * year's lock in shared mode and closing holds it exclusively ({@link ArchiveYearLock}), so nothing
 * slips into a year while its volume is being sealed.
 */
@Component
class ArchiveEntries {

    private static final String COLUMNS = """
            e.customer_id, e.id, e.section, e.catalogue_no, e.entry_year, e.entry_date, e.title, e.notes,
            e.document_id, d.title as document_title, e.return_kind, e.amount, e.responsibility, e.finding,
            e.moved_from, e.created_by, e.created_at,
            exists (select 1 from customer.archive_volume v
                    where v.customer_id = e.customer_id and v.volume_year = e.entry_year) as frozen""";
    private static final String FROM = """
             from customer.archive_entry e
             left join customer.document d on d.customer_id = e.customer_id and d.id = e.document_id""";

    private final JdbcClient jdbc;
    private final ArchiveYearLock lock;

    ArchiveEntries(JdbcClient jdbc, ArchiveYearLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** Numbers and stores an entry; refused when its year is already closed for this customer. */
    ArchiveEntry add(long customerId, NewArchiveEntry entry, Long documentId, String actor, Instant at) {
        int year = entry.entryDate().getYear();
        lock.writing(year);
        if (closed(customerId, year)) {
            throw new YearClosed(year);
        }
        int sequence = jdbc.sql("""
                insert into customer.archive_counter (customer_id, section, entry_year, value) values (?, ?, ?, 1)
                on conflict (customer_id, section, entry_year) do update set value = customer.archive_counter.value + 1
                returning value""")
                .params(customerId, entry.section().name(), year)
                .query(Integer.class).single();
        long id = jdbc.sql("""
                insert into customer.archive_entry (customer_id, section, entry_year, sequence, catalogue_no,
                    entry_date, title, notes, document_id, return_kind, amount, responsibility, finding,
                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, entry.section().name(), year, sequence,
                        catalogueNo(entry.section(), year, sequence), entry.entryDate(), entry.title(), entry.notes(),
                        documentId, name(entry.returnKind()), entry.amount(), name(entry.responsibility()),
                        entry.finding(), actor, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class).single();
        return find(customerId, id).orElseThrow();
    }

    static String catalogueNo(ArchiveSection section, int year, int sequence) {
        return section.number() + "-" + year + "-" + String.format("%03d", sequence);
    }

    /**
     * Current entries in catalogue order; an entry cataloguing a document at 机密 or above only for
     * those who may read that document.
     */
    List<ArchiveEntry> current(long customerId, boolean withConfidential) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " " + """
                 where e.customer_id = ? and e.active
                   and (? or d.id is null or d.confidentiality not in ('CONFIDENTIAL', 'TOP_SECRET'))
                 order by e.section, e.entry_year desc, e.sequence desc""")
                .params(customerId, withConfidential)
                .query((row, number) -> entry(row))
                .list();
    }

    Optional<ArchiveEntry> find(long customerId, long id) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " where e.customer_id = ? and e.id = ? and e.active")
                .params(customerId, id)
                .query((row, number) -> entry(row))
                .optional();
    }

    /** The entry a filed document made for itself. */
    Optional<ArchiveEntry> ofDocument(long customerId, long documentId) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " where e.customer_id = ? and e.document_id = ? and e.active")
                .params(customerId, documentId)
                .query((row, number) -> entry(row))
                .optional();
    }

    /** Takes an entry out of the catalogue; its number is never handed out again. */
    void remove(ArchiveEntry entry, String actor, Instant at) {
        lock.writing(entry.year());
        if (closed(entry.customerId(), entry.year())) {
            throw new YearClosed(entry.year());
        }
        jdbc.sql("""
                update customer.archive_entry set active = false, removed_by = ?, removed_at = ?
                where customer_id = ? and id = ? and active""")
                .params(actor, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), entry.customerId(), entry.id())
                .update();
    }

    boolean closed(long customerId, int year) {
        return jdbc.sql("select exists (select 1 from customer.archive_volume where customer_id = ? and volume_year = ?)")
                .params(customerId, year)
                .query(Boolean.class).single();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static ArchiveEntry entry(ResultSet row) throws SQLException {
        String kind = row.getString("return_kind");
        String responsibility = row.getString("responsibility");
        return new ArchiveEntry(row.getLong("id"), row.getLong("customer_id"),
                ArchiveSection.valueOf(row.getString("section")), row.getString("catalogue_no"),
                row.getInt("entry_year"), row.getObject("entry_date", LocalDate.class), row.getString("title"),
                row.getString("notes"), row.getObject("document_id", Long.class), row.getString("document_title"),
                kind == null ? null : ReturnKind.valueOf(kind), row.getObject("amount", BigDecimal.class),
                responsibility == null ? null : Responsibility.valueOf(responsibility), row.getString("finding"),
                row.getString("moved_from"), row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getBoolean("frozen"));
    }
}
