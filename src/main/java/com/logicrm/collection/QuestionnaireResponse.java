package com.logicrm.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's answers to a questionnaire and their score. {@code recordedBy} is the member of staff
 * who took them down, or who sent the link; {@code catalogueNo} is the archive entry (staff-recorded answers).
 */
public record QuestionnaireResponse(long id, long customerId, String customerName, long questionnaireId,
        AnswerChannel channel, LocalDate answeredOn, String respondent, List<Answer> answers, ResponseScore score,
        String recordedBy, String recordedByName, Instant recordedAt, String catalogueNo) {
}
