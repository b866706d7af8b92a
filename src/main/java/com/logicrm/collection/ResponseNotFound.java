package com.logicrm.collection;

import com.logicrm.shared.NotFound;

/** No such answers for this customer. */
public class ResponseNotFound extends NotFound {

    ResponseNotFound(long id) {
        super("questionnaire.responseNotFound", id);
    }
}
