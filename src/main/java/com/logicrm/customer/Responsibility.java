package com.logicrm.customer;

/** Who the responsibility finding (责任认定) of a return, compensation or discount holds responsible. */
public enum Responsibility {
    OURS, CUSTOMER, THIRD_PARTY, UNDETERMINED
}
