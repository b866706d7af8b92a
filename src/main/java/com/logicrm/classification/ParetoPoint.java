package com.logicrm.classification;

import java.math.BigDecimal;

/** A point of the Pareto curve: the top {@code customerShare} % of customers bring {@code valueShare} % of the basis. */
public record ParetoPoint(long customers, BigDecimal customerShare, BigDecimal valueShare) {
}
