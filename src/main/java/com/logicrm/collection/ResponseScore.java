package com.logicrm.collection;

import java.math.BigDecimal;
import java.util.List;

/** The weighted overall score (0–100, null when nothing scored was answered) and the score of each dimension. */
public record ResponseScore(BigDecimal overall, List<DimensionScore> dimensions) {
}
