package com.logicrm.customer;

import com.logicrm.shared.Conflict;

/** Somebody else saved this customer after the caller read it: reload and apply the change again. */
public class StaleCustomer extends Conflict {

    StaleCustomer(String archiveNo) {
        super("customer.stale", archiveNo);
    }
}
