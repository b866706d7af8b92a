package com.logicrm.classification;

import java.math.BigDecimal;

/**
 * The ABC grades of CLS-1, with the share of revenue each is expected to bring (A 70–80 %, B 10–20 %;
 * none said for C and D).
 */
public enum Grade {
    A(70, 80), B(10, 20), C(null, null), D(null, null);

    private final BigDecimal expectedShareFrom;
    private final BigDecimal expectedShareTo;

    Grade(Integer from, Integer to) {
        this.expectedShareFrom = from == null ? null : BigDecimal.valueOf(from);
        this.expectedShareTo = to == null ? null : BigDecimal.valueOf(to);
    }

    public BigDecimal expectedShareFrom() {
        return expectedShareFrom;
    }

    public BigDecimal expectedShareTo() {
        return expectedShareTo;
    }
}
