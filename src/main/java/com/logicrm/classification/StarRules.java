package com.logicrm.classification;

import java.math.BigDecimal;
import java.util.List;

/**
 * The star-grade thresholds of one run (CLS-3): one level each for 5A, 4A, 3A and 2A, tried from the
 * highest; a customer meeting none is A and visited {@code baseVisitsPerYear} times a year. Missing:
 * the defaults.
 */
public record StarRules(List<StarLevel> levels, Integer baseVisitsPerYear) {

    /** 5A: top tenth, F ≥ 0.8, top half by order size, monthly visits; down to 2A: top seven tenths, F ≥ 0.2. */
    public static final StarRules DEFAULT = new StarRules(List.of(
            new StarLevel(5, 1, new BigDecimal("0.8"), new BigDecimal("0.5"), 12),
            new StarLevel(4, 2, new BigDecimal("0.6"), new BigDecimal("0.3"), 6),
            new StarLevel(3, 4, new BigDecimal("0.4"), BigDecimal.ZERO, 4),
            new StarLevel(2, 7, new BigDecimal("0.2"), BigDecimal.ZERO, 2)), 1);

    public StarRules {
        levels = levels == null ? null : List.copyOf(levels);
    }
}
