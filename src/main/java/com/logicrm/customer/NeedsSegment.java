package com.logicrm.customer;

/** The needs type of ARC-15. */
public enum NeedsSegment {
    PRICE_SENSITIVE, SERVICE_ORIENTED, MANAGEMENT_NEEDS
}
