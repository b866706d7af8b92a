package com.logicrm.collection;

import java.util.List;

/** What a questionnaire says: title, purpose, an introduction, the dimensions it measures and its questions. */
public record QuestionnaireDraft(String title, QuestionnairePurpose purpose, String description,
        List<Dimension> dimensions, List<Question> questions) {

    public QuestionnaireDraft {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
