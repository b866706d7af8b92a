package com.logicrm.shared;

/**
 * Confidentiality levels of customers, documents and sensitive fields (SEC-2). From confidential
 * (机密) upwards a record is shown only to people holding a grant for it.
 */
public enum Confidentiality {
    ORDINARY, INTERNAL, CONFIDENTIAL, TOP_SECRET;

    public boolean needsGrant() {
        return this == CONFIDENTIAL || this == TOP_SECRET;
    }
}
