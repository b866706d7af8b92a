package com.logicrm.classification;

import java.math.BigDecimal;

/** One best-vs-loyal quadrant of a run (CLS-5): customers, what they brought, and how many of them are to develop. */
public record QuadrantShare(Quadrant quadrant, long customers, BigDecimal customerShare, BigDecimal revenue,
        BigDecimal revenueShare, long develop) {
}
