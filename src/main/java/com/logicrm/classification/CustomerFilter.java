package com.logicrm.classification;

/**
 * Which of a run's customers to list, each null for any: grade, RFM segment, star grade (1–5), quadrant,
 * R and F score (a heat-map cell), purchase decile, and the second-tier customers to develop.
 */
public record CustomerFilter(Grade grade, RfmSegment segment, Integer star, Quadrant quadrant, Integer recencyScore,
        Integer frequencyScore, Integer purchaseDecile, Boolean develop) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null, null, null);

    public static CustomerFilter of(Grade grade, RfmSegment segment) {
        return new CustomerFilter(grade, segment, null, null, null, null, null, null);
    }
}
