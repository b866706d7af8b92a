package com.logicrm.classification;

import java.math.BigDecimal;

/**
 * What a customer needs for {@code stars} stars (CLS-3): a volume decile of the run's ranking at most
 * {@code maxDecile} (1 the highest tenth), loyalty F at least {@code minLoyalty} and potential (percent
 * rank of the average order, 0 to 1) at least {@code minPotential}; such customers are visited
 * {@code visitsPerYear} times a year.
 */
public record StarLevel(int stars, Integer maxDecile, BigDecimal minLoyalty, BigDecimal minPotential,
        Integer visitsPerYear) {
}
