package com.logicrm.collection;

import com.logicrm.shared.NotFound;

/** No such submission, or one of a customer the caller may not see. */
public class SubmissionNotFound extends NotFound {

    SubmissionNotFound(long id) {
        super("filing.notFound", id);
    }
}
