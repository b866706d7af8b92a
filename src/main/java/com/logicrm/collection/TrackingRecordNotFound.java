package com.logicrm.collection;

import com.logicrm.shared.NotFound;

/** No such tracking record, or one of a customer the caller may not see. */
public class TrackingRecordNotFound extends NotFound {

    TrackingRecordNotFound(long id) {
        super("tracking.notFound", id);
    }
}
