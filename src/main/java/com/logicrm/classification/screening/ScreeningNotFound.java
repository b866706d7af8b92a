package com.logicrm.classification.screening;

import com.logicrm.shared.NotFound;

/** No such screening, or no such customer in it that the caller may see. */
class ScreeningNotFound extends NotFound {

    ScreeningNotFound(long id) {
        super("screening.notFound", id);
    }

    ScreeningNotFound(long id, long customerId) {
        super("screening.lineNotFound", customerId, id);
    }
}
