package com.logicrm.collection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a questionnaire.
 *
 * @param code      what an answer names ({@code q1}, {@code q2} … when left out)
 * @param kind      single choice, multiple choice, 1–5 scale or free text
 * @param text      the question as asked
 * @param dimension code of the dimension a scored question counts towards (free text needs none)
 * @param weight    weight within its dimension, greater than 0 (1 when left out)
 * @param required  whether an answer must be given (false when left out)
 * @param options   the options of a choice question, at least two; empty otherwise
 */
public record Question(String code, QuestionKind kind, String text, String dimension, BigDecimal weight,
        Boolean required, List<ChoiceOption> options) {

    public Question {
        required = Boolean.TRUE.equals(required);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public String optionLabel(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).map(ChoiceOption::label).findFirst()
                .orElse(optionCode);
    }
}
