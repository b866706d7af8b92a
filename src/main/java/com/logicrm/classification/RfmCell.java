package com.logicrm.classification;

import java.math.BigDecimal;

/** One cell of the RFM heat map: customers with recency score {@code recency} and frequency score {@code frequency}, and their monetary value (the basis). */
public record RfmCell(int recency, int frequency, long customers, BigDecimal monetary) {
}
