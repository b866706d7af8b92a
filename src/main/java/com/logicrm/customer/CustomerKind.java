package com.logicrm.customer;

/** Enterprise or individual (ARC-1). */
public enum CustomerKind {
    ENTERPRISE, INDIVIDUAL
}
