package com.logicrm.customer;

import com.logicrm.shared.NotFound;

/** No such document — or one the caller may not see, which must look exactly the same. */
public class DocumentNotFound extends NotFound {

    DocumentNotFound(long id) {
        super("document.notFound", id);
    }
}
