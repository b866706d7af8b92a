package com.logicrm.collection;

import com.logicrm.shared.NotFound;

/** No such enterprise survey, or one of a customer the caller may not see. */
public class EnterpriseSurveyNotFound extends NotFound {

    EnterpriseSurveyNotFound(long id) {
        super("survey.notFound", id);
    }
}
