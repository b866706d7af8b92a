package com.logicrm.classification;

import java.math.BigDecimal;

/** One star grade of a run (CLS-3, {@code stars} 5 for 5A … 1 for A): customers, revenue share and the visits a year it calls for. */
public record StarShare(int stars, String name, long customers, BigDecimal customerShare, BigDecimal revenue,
        BigDecimal revenueShare, int visitsPerYear) {
}
