package com.logicrm.collection.web;

import com.logicrm.collection.Answer;
import com.logicrm.collection.Question;
import com.logicrm.collection.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The answers of the answer form (staff's and the customer's): the field of each question is named
 * {@code q.<code>}; radio buttons and check boxes carry option codes, the scale its point, text its text.
 */
final class AnswerForm {

    private AnswerForm() {
    }

    static List<Answer> answers(Questionnaire questionnaire, MultiValueMap<String, String> form) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            List<String> values = form.getOrDefault("q." + question.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).toList();
            if (values.isEmpty()) {
                continue;
            }
            answers.add(switch (question.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Answer(question.code(), values, null, null);
                case SCALE -> new Answer(question.code(), List.of(), scale(values.get(0)), null);
                case TEXT -> new Answer(question.code(), List.of(), null, values.get(0));
            });
        }
        return answers;
    }

    /** A point outside 1–5 (or no number at all) is left to the rules to refuse. */
    private static Integer scale(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
