package com.logicrm.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code collection.questionnaire}, with the count of answers each has, in the caller's transaction. */
@Component
class QuestionnaireStore {

    private static final String SELECT = """
            select q.id, q.title, q.purpose, q.description, q.status, q.dimensions, q.questions, q.created_by,
                q.created_at, q.published_at,
                (select count(*) from collection.questionnaire_response r where r.questionnaire_id = q.id) responses
            from collection.questionnaire q""";
    private static final TypeReference<List<Dimension>> DIMENSIONS = new TypeReference<>() { };
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() { };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionnaireStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(QuestionnaireDraft draft, String createdBy, Instant now) {
        return jdbc.sql("""
                insert into collection.questionnaire (title, purpose, description, dimensions, questions, created_by,
                    created_at, updated_at)
                values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?) returning id""")
                .params(draft.title(), draft.purpose().name(), draft.description(),
                        json.writeValueAsString(draft.dimensions()), json.writeValueAsString(draft.questions()),
                        createdBy, utc(now), utc(now))
                .query(Long.class).single();
    }

    void revise(long id, QuestionnaireDraft draft, Instant now) {
        jdbc.sql("""
                update collection.questionnaire set title = ?, purpose = ?, description = ?, dimensions = ?::jsonb,
                    questions = ?::jsonb, updated_at = ? where id = ?""")
                .params(draft.title(), draft.purpose().name(), draft.description(),
                        json.writeValueAsString(draft.dimensions()), json.writeValueAsString(draft.questions()),
                        utc(now), id)
                .update();
    }

    void status(long id, QuestionnaireStatus status, Instant now) {
        jdbc.sql("""
                update collection.questionnaire set status = ?, updated_at = ?,
                    published_at = case when ? = 'PUBLISHED' then coalesce(published_at, ?) else published_at end,
                    closed_at = case when ? = 'CLOSED' then ? else null end
                where id = ?""")
                .params(status.name(), utc(now), status.name(), utc(now), status.name(), utc(now), id)
                .update();
    }

    /** The questionnaire, its row locked so that revisions and first answers cannot cross. */
    Optional<Questionnaire> lock(long id) {
        return jdbc.sql(SELECT + " where q.id = ? for update of q").param(id).query((row, n) -> questionnaire(row))
                .optional();
    }

    /** The questionnaire, its row share-locked: answers may be taken side by side, but no revision crosses them. */
    Optional<Questionnaire> share(long id) {
        return jdbc.sql(SELECT + " where q.id = ? for share of q").param(id).query((row, n) -> questionnaire(row))
                .optional();
    }

    Optional<Questionnaire> find(long id) {
        return jdbc.sql(SELECT + " where q.id = ?").param(id).query((row, n) -> questionnaire(row)).optional();
    }

    List<Questionnaire> all(QuestionnaireStatus status) {
        return jdbc.sql(SELECT + " where (cast(? as text) is null or q.status = ?) order by q.id desc")
                .params(status == null ? null : status.name(), status == null ? null : status.name())
                .query((row, n) -> questionnaire(row)).list();
    }

    private Questionnaire questionnaire(ResultSet row) throws SQLException {
        OffsetDateTime published = row.getObject("published_at", OffsetDateTime.class);
        return new Questionnaire(row.getLong("id"), row.getString("title"),
                QuestionnairePurpose.valueOf(row.getString("purpose")), row.getString("description"),
                QuestionnaireStatus.valueOf(row.getString("status")),
                json.readValue(row.getString("dimensions"), DIMENSIONS),
                json.readValue(row.getString("questions"), QUESTIONS), row.getInt("responses"),
                row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                published == null ? null : published.toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
