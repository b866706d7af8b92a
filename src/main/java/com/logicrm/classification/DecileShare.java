package com.logicrm.classification;

import java.math.BigDecimal;

/** One tenth of the ranked customers (CLS-2), decile 1 the highest: share of customers against shares of revenue and margin. */
public record DecileShare(int decile, long customers, BigDecimal customerShare, BigDecimal revenue,
        BigDecimal revenueShare, BigDecimal margin, BigDecimal marginShare) {
}
