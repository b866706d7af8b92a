package com.logicrm.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code collection.questionnaire_response}; scores are worked out when read, never stored. */
@Component
class ResponseStore {

    private static final String COLUMNS = """
            customer_id, id, questionnaire_id, customer_name, channel, answered_on, respondent, answers, recorded_by,
            recorded_by_name, recorded_at, catalogue_no""";
    private static final TypeReference<List<Answer>> ANSWERS = new TypeReference<>() { };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResponseStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A response as stored, before it is scored against its questionnaire. */
    record Row(long id, long customerId, String customerName, long questionnaireId, AnswerChannel channel,
            LocalDate answeredOn, String respondent, List<Answer> answers, String recordedBy, String recordedByName,
            Instant recordedAt, String catalogueNo) {

        QuestionnaireResponse scored(Questionnaire questionnaire) {
            return new QuestionnaireResponse(id, customerId, customerName, questionnaireId, channel, answeredOn,
                    respondent, answers, QuestionnaireScoring.score(questionnaire, answers), recordedBy,
                    recordedByName, recordedAt, catalogueNo);
        }
    }

    long insert(Row r) {
        return jdbc.sql("""
                insert into collection.questionnaire_response (customer_id, questionnaire_id, customer_name, channel,
                    answered_on, respondent, answers, recorded_by, recorded_by_name, recorded_at, catalogue_no)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) returning id""")
                .params(r.customerId(), r.questionnaireId(), r.customerName(), r.channel().name(), r.answeredOn(),
                        r.respondent(), json.writeValueAsString(r.answers()), r.recordedBy(), r.recordedByName(),
                        QuestionnaireStore.utc(r.recordedAt()), r.catalogueNo())
                .query(Long.class).single();
    }

    Optional<Row> find(long customerId, long id) {
        return jdbc.sql("select " + COLUMNS
                + " from collection.questionnaire_response where customer_id = ? and id = ?")
                .params(customerId, id).query((row, n) -> row(row)).optional();
    }

    List<Row> ofCustomer(long customerId) {
        return jdbc.sql("select " + COLUMNS + " from collection.questionnaire_response where customer_id = ? "
                + "order by answered_on desc, id desc").param(customerId).query((row, n) -> row(row)).list();
    }

    /** The responses to the questionnaire of these customers (the caller's scope), each customer's latest first. */
    List<Row> ofQuestionnaire(long questionnaireId, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from collection.questionnaire_response "
                + "where questionnaire_id = :questionnaire and customer_id in (:customers) "
                + "order by customer_id, answered_on desc, id desc")
                .param("questionnaire", questionnaireId).param("customers", customers)
                .query((row, n) -> row(row)).list();
    }

    /** The customers who answered the questionnaire (to narrow to the caller's scope before reading answers). */
    List<Long> customersOf(long questionnaireId) {
        return jdbc.sql("select distinct customer_id from collection.questionnaire_response where questionnaire_id = ?")
                .param(questionnaireId).query(Long.class).list();
    }

    private Row row(ResultSet row) throws SQLException {
        return new Row(row.getLong("id"), row.getLong("customer_id"), row.getString("customer_name"),
                row.getLong("questionnaire_id"), AnswerChannel.valueOf(row.getString("channel")),
                row.getObject("answered_on", LocalDate.class), row.getString("respondent"),
                json.readValue(row.getString("answers"), ANSWERS), row.getString("recorded_by"),
                row.getString("recorded_by_name"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("catalogue_no"));
    }
}
