package com.logicrm.customer;

import com.logicrm.shared.NotFound;

/** No such contact under this customer (or a removed one being changed). */
public class ContactNotFound extends NotFound {

    ContactNotFound(Object id) {
        super("customer.contact.notFound", id);
    }
}
