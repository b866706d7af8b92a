package com.logicrm.customer;

/** General customer, or a special one (lawyer, bank, insurer …) (ARC-1). */
public enum CustomerCategory {
    GENERAL, SPECIAL
}
