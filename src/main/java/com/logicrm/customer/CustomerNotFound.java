package com.logicrm.customer;

import com.logicrm.shared.NotFound;

/** No such customer — or one outside the caller's scope, which must look exactly the same. */
public class CustomerNotFound extends NotFound {

    CustomerNotFound(Object id) {
        super("customer.notFound", id);
    }
}
