package com.logicrm.collection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A questionnaire as defined, with its state and how many answers it has collected. */
public record Questionnaire(long id, String title, QuestionnairePurpose purpose, String description,
        QuestionnaireStatus status, List<Dimension> dimensions, List<Question> questions, int responses,
        String createdBy, Instant createdAt, Instant publishedAt) {

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public String dimensionName(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).map(Dimension::name).findFirst().orElse(code);
    }

    public QuestionnaireDraft draft() {
        return new QuestionnaireDraft(title, purpose, description, dimensions, questions);
    }
}
