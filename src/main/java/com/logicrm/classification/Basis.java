package com.logicrm.classification;

/** What a run ranks customers by: revenue, or gross margin (revenue less cost). */
public enum Basis {
    REVENUE, MARGIN
}
