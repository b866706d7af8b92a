package com.logicrm.customer;

/** An outside customer, or a department served inside the group (ARC-1). */
public enum CustomerRelation {
    EXTERNAL, INTERNAL
}
