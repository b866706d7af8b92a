package com.logicrm.customer;

/** How high a contact sits (ARC-7): 操作层, 管理层, 决策层. */
public enum ContactLevel {
    OPERATOR, MANAGER, EXECUTIVE
}
