package com.logicrm.collection;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a questionnaire must say before it is kept: a title, dimensions with positive weights, questions
 * with text, scored questions counting towards a known dimension, choice questions with at least two
 * options one of which is worth something. Missing codes are given ({@code d1}, {@code q1}, {@code A})
 * and missing weights are 1. Fields are named as in the JSON ({@code questions[2].options}).
 */
final class QuestionnaireRules {

    static final int MAX_QUESTIONS = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    private QuestionnaireRules() {
    }

    static QuestionnaireDraft checked(QuestionnaireDraft given) {
        String title = text(given.title(), "title", 200);
        if (title == null) {
            throw new InvalidField("title", "questionnaire.titleRequired");
        }
        if (given.purpose() == null) {
            throw new InvalidField("purpose", "questionnaire.purposeRequired");
        }
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> dimensionCodes = new HashSet<>();
        for (int i = 0; i < given.dimensions().size(); i++) {
            Dimension d = given.dimensions().get(i);
            String field = "dimensions[" + i + "]";
            present(d, field);
            String code = code(d.code(), "d" + (i + 1), field + ".code", dimensionCodes);
            String name = text(d.name(), field + ".name", 60);
            if (name == null) {
                throw new InvalidField(field + ".name", "questionnaire.dimensionNameRequired");
            }
            dimensions.add(new Dimension(code, name, weight(d.weight(), field + ".weight")));
        }
        if (given.questions().size() > MAX_QUESTIONS) {
            throw new InvalidField("questions", "questionnaire.tooManyQuestions", MAX_QUESTIONS);
        }
        List<Question> questions = new ArrayList<>();
        Set<String> questionCodes = new HashSet<>();
        for (int i = 0; i < given.questions().size(); i++) {
            questions.add(question(given.questions().get(i), i, questionCodes, dimensionCodes));
        }
        return new QuestionnaireDraft(title, given.purpose(), text(given.description(), "description", 2000),
                dimensions, questions);
    }

    /** Publishing needs something to ask. */
    static void publishable(Questionnaire questionnaire) {
        if (questionnaire.questions().isEmpty()) {
            throw new InvalidField("questions", "questionnaire.noQuestions");
        }
    }

    private static Question question(Question q, int i, Set<String> codes, Set<String> dimensions) {
        String field = "questions[" + i + "]";
        present(q, field);
        if (q.kind() == null) {
            throw new InvalidField(field + ".kind", "questionnaire.kindRequired");
        }
        String code = code(q.code(), "q" + (i + 1), field + ".code", codes);
        String text = text(q.text(), field + ".text", 500);
        if (text == null) {
            throw new InvalidField(field + ".text", "questionnaire.questionTextRequired");
        }
        String dimension = q.dimension() == null || q.dimension().isBlank() ? null : q.dimension().strip();
        if (q.kind().scored() && dimension == null) {
            throw new InvalidField(field + ".dimension", "questionnaire.dimensionRequired");
        }
        if (dimension != null && !dimensions.contains(dimension)) {
            throw new InvalidField(field + ".dimension", "questionnaire.dimensionUnknown", dimension);
        }
        List<ChoiceOption> options = new ArrayList<>();
        if (q.kind().hasOptions()) {
            if (q.options().size() < 2 || q.options().size() > 20) {
                throw new InvalidField(field + ".options", "questionnaire.optionsCount");
            }
            Set<String> optionCodes = new HashSet<>();
            for (int j = 0; j < q.options().size(); j++) {
                ChoiceOption o = q.options().get(j);
                String optionField = field + ".options[" + j + "]";
                present(o, optionField);
                String label = text(o.label(), optionField + ".label", 200);
                if (label == null) {
                    throw new InvalidField(optionField + ".label", "questionnaire.optionLabelRequired");
                }
                if (o.points() == null || o.points() < 0 || o.points() > 100) {
                    throw new InvalidField(optionField + ".points", "questionnaire.pointsRange");
                }
                options.add(new ChoiceOption(code(o.code(), String.valueOf((char) ('A' + j)), optionField + ".code",
                        optionCodes), label, o.points()));
            }
            if (options.stream().allMatch(o -> o.points() == 0)) {
                throw new InvalidField(field + ".options", "questionnaire.optionsWorthNothing");
            }
        } else if (!q.options().isEmpty()) {
            throw new InvalidField(field + ".options", "questionnaire.optionsNotExpected");
        }
        return new Question(code, q.kind(), text, dimension, weight(q.weight(), field + ".weight"), q.required(),
                options);
    }

    /** A JSON {@code null} in a list is refused like any other missing field. */
    static void present(Object item, String field) {
        if (item == null) {
            throw new InvalidField(field, "questionnaire.itemMissing");
        }
    }

    private static String code(String given, String generated, String field, Set<String> taken) {
        String code = given == null || given.isBlank() ? generated : given.strip();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidField(field, "questionnaire.codeInvalid");
        }
        if (!taken.add(code)) {
            throw new InvalidField(field, "questionnaire.codeTaken", code);
        }
        return code;
    }

    private static BigDecimal weight(BigDecimal given, String field) {
        if (given == null) {
            return BigDecimal.ONE;
        }
        if (given.signum() <= 0 || given.compareTo(MAX_WEIGHT) > 0) {
            throw new InvalidField(field, "questionnaire.weightRange");
        }
        return given.stripTrailingZeros();
    }

    static String text(String value, String field, int max) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > max) {
            throw new InvalidField(field, "archive.textTooLong", max);
        }
        return text;
    }
}
