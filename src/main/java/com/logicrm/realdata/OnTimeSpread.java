package com.logicrm.realdata;

import java.math.BigDecimal;
import java.util.List;

/**
 * How on-time rates spread over the sellers with enough deliveries for a rate to mean something: the
 * quartiles and how many sellers fall into each band (all on time, 95–100 %, 90–95 %, 80–90 %, below 80 %).
 */
record OnTimeSpread(int minimumDelivered, int sellers, BigDecimal lowest, BigDecimal lowerQuartile,
        BigDecimal median, BigDecimal upperQuartile, BigDecimal highest, List<Band> bands) {

    /** Sellers whose rate is at least {@code from} and below {@code below} (a band up to 1 includes it). */
    record Band(BigDecimal from, BigDecimal below, int sellers) {
    }

    private static final List<BigDecimal[]> BANDS = List.of(
            new BigDecimal[] {BigDecimal.ONE, null},
            new BigDecimal[] {new BigDecimal("0.95"), BigDecimal.ONE},
            new BigDecimal[] {new BigDecimal("0.90"), new BigDecimal("0.95")},
            new BigDecimal[] {new BigDecimal("0.80"), new BigDecimal("0.90")},
            new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.80")});

    static OnTimeSpread of(List<OlistProfile.SellerOnTime> sellers, int minimumDelivered) {
        List<BigDecimal> rates = sellers.stream().filter(s -> s.rate().denominator() >= minimumDelivered)
                .map(s -> s.rate().value()).sorted().toList();
        List<Band> bands = BANDS.stream().map(band -> new Band(band[0], band[1], (int) rates.stream()
                .filter(rate -> rate.compareTo(band[0]) >= 0 && (band[1] == null || rate.compareTo(band[1]) < 0))
                .count())).toList();
        if (rates.isEmpty()) {
            return new OnTimeSpread(minimumDelivered, 0, null, null, null, null, null, bands);
        }
        return new OnTimeSpread(minimumDelivered, rates.size(), rates.get(0), quantile(rates, 1), quantile(rates, 2),
                quantile(rates, 3), rates.get(rates.size() - 1), bands);
    }

    /** The {@code quarter}-th quartile by the nearest rank (the value at rank ceil(q/4 × n)). */
    private static BigDecimal quantile(List<BigDecimal> sorted, int quarter) {
        int rank = (int) Math.ceil(quarter * sorted.size() / 4.0);
        return sorted.get(Math.max(0, rank - 1));
    }
}
