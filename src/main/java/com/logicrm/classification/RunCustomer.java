package com.logicrm.classification;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer's line in a run: its figures, rank, grade (and whether set by hand), decile and RFM. */
public record RunCustomer(long customerId, int rank, Grade grade, Grade computedGrade, boolean overridden,
        int decile, long orders, int serviceTypes, BigDecimal revenue, BigDecimal margin, LocalDate lastOrderOn,
        int recencyDays, int recencyScore, int frequencyScore, int monetaryScore, RfmSegment segment) {
}
