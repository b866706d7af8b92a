package com.logicrm.collection;

import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.DocumentType;
import com.logicrm.customer.KeptFile;
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

/** The rows of {@code collection.filing_submission}, in the caller's transaction. */
@Component
class Submissions {

    private static final String COLUMNS = """
            id, customer_id, customer_name, archive_no, submitted_by, submitted_at, type, title, document_date, note,
            original_name, size_bytes, status, decided_by, decided_at, decision_note, section, document_id""";
    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewSubmission submission, String customerName, String archiveNo, KeptFile file, String actor,
            Instant at) {
        return jdbc.sql("""
                insert into collection.filing_submission (customer_id, customer_name, archive_no, submitted_by,
                    submitted_at, type, title, document_date, note, original_name, content_type, size_bytes, sha256,
                    storage_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(submission.customerId(), customerName, archiveNo, actor, utc(at), submission.type().name(),
                        submission.title(), submission.documentDate(), submission.note(), file.originalName(),
                        file.contentType(), file.size(), file.sha256(), file.storageKey())
                .query(Long.class).single();
    }

    /** Pending material, oldest first (at most 500: a queue longer than that is a problem of its own). */
    List<FilingSubmission> pending() {
        return jdbc.sql("select " + COLUMNS + " from collection.filing_submission where status = 'PENDING' "
                + "order by submitted_at, id limit 500").query((row, n) -> submission(row)).list();
    }

    List<FilingSubmission> of(String submitter) {
        return jdbc.sql("select " + COLUMNS + " from collection.filing_submission where submitted_by = ? "
                + "order by id desc limit 200").param(submitter).query((row, n) -> submission(row)).list();
    }

    Optional<FilingSubmission> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from collection.filing_submission where id = ?").param(id)
                .query((row, n) -> submission(row)).optional();
    }

    /** The stored file of a pending submission, as the customer module kept it. */
    KeptFile file(long id) {
        return jdbc.sql("""
                select customer_id, original_name, content_type, size_bytes, sha256, storage_key
                from collection.filing_submission where id = ?""").param(id)
                .query((row, n) -> new KeptFile(row.getLong("customer_id"), row.getString("original_name"),
                        row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
                        row.getString("storage_key")))
                .single();
    }

    /** Decides a pending submission; false if somebody decided it first. */
    boolean decide(long id, FilingStatus status, String actor, Instant at, String note, ArchiveSection section,
            Long documentId) {
        return jdbc.sql("""
                update collection.filing_submission
                set status = ?, decided_by = ?, decided_at = ?, decision_note = ?, section = ?, document_id = ?
                where id = ? and status = 'PENDING'""")
                .params(status.name(), actor, utc(at), note, section == null ? null : section.name(), documentId, id)
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static FilingSubmission submission(ResultSet row) throws SQLException {
        OffsetDateTime decided = row.getObject("decided_at", OffsetDateTime.class);
        String section = row.getString("section");
        return new FilingSubmission(row.getLong("id"), row.getLong("customer_id"), row.getString("customer_name"),
                row.getString("archive_no"), row.getString("submitted_by"),
                row.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                DocumentType.valueOf(row.getString("type")), row.getString("title"),
                row.getObject("document_date", LocalDate.class), row.getString("note"), row.getString("original_name"),
                row.getLong("size_bytes"), FilingStatus.valueOf(row.getString("status")), row.getString("decided_by"),
                decided == null ? null : decided.toInstant(), row.getString("decision_note"),
                section == null ? null : ArchiveSection.valueOf(section), row.getObject("document_id", Long.class));
    }
}
