package com.logicrm.classification.screening;

/** The outcome of the year-end screening (年末筛选): keep the customer, watch it, or let it go. */
public enum Recommendation {
    KEEP, WATCH, DROP
}
