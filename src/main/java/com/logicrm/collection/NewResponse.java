package com.logicrm.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * Answers staff took down for a customer.
 *
 * @param questionnaireId which questionnaire
 * @param channel         PHONE, MAIL or VISIT
 * @param answeredOn      when the customer answered (not in the future)
 * @param respondent      who answered for the customer (optional)
 * @param answers         one per answered question
 */
public record NewResponse(Long questionnaireId, AnswerChannel channel, LocalDate answeredOn, String respondent,
        List<Answer> answers) {

    public NewResponse {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
