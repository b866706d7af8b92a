package com.logicrm.collection;

import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What answers must look like before they are kept: to a published questionnaire, each naming one of
 * its questions once, with an answer of the question's kind (one known option, known options, 1–5, text),
 * every required question answered. Empty answers are dropped, so an unanswered question is simply absent.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    static List<Answer> checked(Questionnaire questionnaire, List<Answer> given) {
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw new Conflict("questionnaire.notOpen");
        }
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Answer answer = given.get(i);
            String field = "answers[" + i + "]";
            QuestionnaireRules.present(answer, field);
            Question question = answer.question() == null ? null
                    : questionnaire.question(answer.question()).orElse(null);
            if (question == null) {
                throw new InvalidField(field + ".question", "questionnaire.questionUnknown", answer.question());
            }
            if (!seen.add(question.code())) {
                throw new InvalidField(field + ".question", "questionnaire.answeredTwice", answer.question());
            }
            Answer kept = kept(question, answer, field);
            if (kept != null) {
                answers.add(kept);
            }
        }
        for (int i = 0; i < questionnaire.questions().size(); i++) {
            Question question = questionnaire.questions().get(i);
            if (question.required() && answers.stream().noneMatch(a -> a.question().equals(question.code()))) {
                throw new InvalidField("answers", "questionnaire.answerRequired", i + 1);
            }
        }
        return List.copyOf(answers);
    }

    static LocalDate answeredOn(LocalDate given, LocalDate today) {
        if (given == null) {
            throw new InvalidField("answeredOn", "questionnaire.answeredOnRequired");
        }
        if (given.isAfter(today)) {
            throw new InvalidField("answeredOn", "archive.dateInFuture");
        }
        return given;
    }

    private static Answer kept(Question question, Answer answer, String field) {
        return switch (question.kind()) {
            case SCALE -> {
                if (answer.scale() == null) {
                    yield null;
                }
                if (answer.scale() < 1 || answer.scale() > 5) {
                    throw new InvalidField(field + ".scale", "questionnaire.scaleRange");
                }
                yield new Answer(question.code(), List.of(), answer.scale(), null);
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<String> choices = answer.choices().stream().filter(c -> c != null && !c.isBlank()).distinct()
                        .toList();
                if (choices.isEmpty()) {
                    yield null;
                }
                if (question.kind() == QuestionKind.SINGLE_CHOICE && choices.size() > 1) {
                    throw new InvalidField(field + ".choices", "questionnaire.oneChoice");
                }
                for (String choice : choices) {
                    if (question.options().stream().noneMatch(o -> o.code().equals(choice))) {
                        throw new InvalidField(field + ".choices", "questionnaire.choiceUnknown", choice);
                    }
                }
                yield new Answer(question.code(), choices, null, null);
            }
            case TEXT -> {
                String text = QuestionnaireRules.text(answer.text(), field + ".text", 2000);
                yield text == null ? null : new Answer(question.code(), List.of(), null, text);
            }
        };
    }
}
