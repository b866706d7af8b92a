package com.logicrm.collection;

import com.logicrm.shared.NotFound;

/** No such questionnaire. */
public class QuestionnaireNotFound extends NotFound {

    QuestionnaireNotFound(long id) {
        super("questionnaire.notFound", id);
    }
}
