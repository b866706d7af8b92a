package com.logicrm.customer;

import com.logicrm.shared.Conflict;

/** Somebody else saved this contact after the caller read it: reload and apply the change again. */
public class StaleContact extends Conflict {

    StaleContact(String name) {
        super("customer.contact.stale", name);
    }
}
