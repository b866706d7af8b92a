package com.logicrm.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code collection.questionnaire_link}: looked up and claimed by the token's hash only. */
@Component
class SurveyLinkStore {

    private final JdbcClient jdbc;

    SurveyLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link still open: not used and not expired. */
    record OpenLink(long customerId, long id, long questionnaireId, String customerName, String createdBy,
            Instant expiresAt) {
    }

    long insert(long customerId, long questionnaireId, String customerName, byte[] tokenHash, String sentTo,
            String createdBy, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                insert into collection.questionnaire_link (customer_id, questionnaire_id, customer_name, token_hash,
                    sent_to, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, questionnaireId, customerName, tokenHash, sentTo, createdBy,
                        QuestionnaireStore.utc(now), QuestionnaireStore.utc(expiresAt))
                .query(Long.class).single();
    }

    Optional<OpenLink> open(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                select customer_id, id, questionnaire_id, customer_name, created_by, expires_at
                from collection.questionnaire_link where token_hash = ? and used_at is null and expires_at > ?""")
                .params(tokenHash, QuestionnaireStore.utc(now))
                .query((row, n) -> link(row))
                .optional();
    }

    /**
     * Marks the link used, if it still is open: of two submissions racing on one link only one
     * finds the row unused (the update locks it), so the link is used exactly once.
     */
    Optional<OpenLink> claim(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                update collection.questionnaire_link set used_at = ?
                where token_hash = ? and used_at is null and expires_at > ?
                returning customer_id, id, questionnaire_id, customer_name, created_by, expires_at""")
                .params(QuestionnaireStore.utc(now), tokenHash, QuestionnaireStore.utc(now))
                .query((row, n) -> link(row))
                .optional();
    }

    private static OpenLink link(ResultSet row) throws SQLException {
        return new OpenLink(row.getLong("customer_id"), row.getLong("id"), row.getLong("questionnaire_id"),
                row.getString("customer_name"), row.getString("created_by"),
                row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    void answered(OpenLink link, long responseId) {
        jdbc.sql("update collection.questionnaire_link set response_id = ? where customer_id = ? and id = ?")
                .params(responseId, link.customerId(), link.id()).update();
    }
}
