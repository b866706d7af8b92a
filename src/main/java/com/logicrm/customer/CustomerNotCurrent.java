package com.logicrm.customer;

import com.logicrm.shared.Conflict;

/** A retired or merged customer is kept for the record and no longer changes. */
public class CustomerNotCurrent extends Conflict {

    CustomerNotCurrent(String archiveNo) {
        super("customer.notCurrent", archiveNo);
    }
}
