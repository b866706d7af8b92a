package com.logicrm.classification;

import java.math.BigDecimal;

/** One customer in the best-vs-loyal scatter, without who it is: net revenue, loyalty F and quadrant. */
public record ScatterPoint(BigDecimal netRevenue, BigDecimal loyalty, Quadrant quadrant) {
}
