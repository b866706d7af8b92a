package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalogue rows of {@code customer.document}; only current (active) documents are ever read. */
@Component
class DocumentRecords {

    private static final String COLUMNS = """
            customer_id, id, type, title, document_date, confidentiality, original_name, content_type,
            size_bytes, sha256, storage_key, uploaded_by, uploaded_at, notes""";

    private final JdbcClient jdbc;

    DocumentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A current document and where its file lies. */
    record Stored(CustomerDocument document, String storageKey) {
    }

    long insert(long customerId, NewDocument facts, String originalName, String contentType, long size,
            String sha256, String storageKey, String actor, Instant at) {
        return jdbc.sql("""
                insert into customer.document (customer_id, type, title, document_date, confidentiality,
                    original_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, facts.type().name(), facts.title(), facts.documentDate(),
                        facts.confidentiality().name(), originalName, contentType, size, sha256, storageKey, actor,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), facts.notes())
                .query(Long.class).single();
    }

    /** Newest document date first; confidential ones only when asked for. */
    List<CustomerDocument> current(long customerId, boolean withConfidential) {
        return jdbc.sql("select " + COLUMNS + """
                 from customer.document
                where customer_id = ? and active
                  and (? or confidentiality not in ('CONFIDENTIAL', 'TOP_SECRET'))
                order by document_date desc, id desc""")
                .params(customerId, withConfidential)
                .query((row, number) -> stored(row).document())
                .list();
    }

    Optional<Stored> find(long customerId, long id) {
        return jdbc.sql("select " + COLUMNS + " from customer.document where customer_id = ? and id = ? and active")
                .params(customerId, id)
                .query((row, number) -> stored(row))
                .optional();
    }

    void remove(long customerId, long id, String actor, Instant at) {
        jdbc.sql("""
                update customer.document set active = false, removed_by = ?, removed_at = ?
                where customer_id = ? and id = ? and active""")
                .params(actor, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), customerId, id)
                .update();
    }

    private static Stored stored(ResultSet row) throws SQLException {
        return new Stored(new CustomerDocument(row.getLong("id"), row.getLong("customer_id"),
                DocumentType.valueOf(row.getString("type")), row.getString("title"),
                row.getObject("document_date", java.time.LocalDate.class),
                Confidentiality.valueOf(row.getString("confidentiality")), row.getString("original_name"),
                row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("uploaded_by"), row.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                row.getString("notes")), row.getString("storage_key"));
    }
}
