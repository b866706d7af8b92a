package com.logicrm.collection.web;

import com.logicrm.collection.ChoiceOption;
import com.logicrm.collection.Question;
import com.logicrm.collection.QuestionKind;
import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's 添加题目 form. Options are typed one a line as {@code label|points} ({@code 非常满意|100});
 * the rules check the rest when the questionnaire is revised.
 */
record QuestionForm(QuestionKind kind, String text, String dimension, BigDecimal weight, Boolean required,
        String options) {

    Question question() {
        return new Question(null, kind, text, kind != null && kind.scored() ? dimension : null, weight, required,
                kind != null && kind.hasOptions() ? parsed() : List.of());
    }

    private List<ChoiceOption> parsed() {
        List<ChoiceOption> parsed = new ArrayList<>();
        for (String line : (options == null ? "" : options).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            if (bar < 0) {
                throw new InvalidField("options", "questionnaire.optionsFormat");
            }
            try {
                int points = Integer.parseInt(line.substring(bar + 1).strip());
                parsed.add(new ChoiceOption(null, line.substring(0, bar), points));
            } catch (NumberFormatException notANumber) {
                throw new InvalidField("options", "questionnaire.optionsFormat");
            }
        }
        return parsed;
    }
}
