package com.logicrm.classification.screening;

import java.time.Instant;
import java.util.List;

/**
 * One customer's screening: the customer as the reader may see it, its measures, the recommendation
 * with its findings, and the decision recorded (null until someone decides) with where it was filed.
 */
public record ScreeningLine(long screeningId, long customerId, String archiveNo, String name,
        ScreeningMeasures measures, Recommendation recommendation, List<String> findings, Recommendation decision,
        String decisionReason, String decidedBy, Instant decidedAt, String catalogueNo) {

    public ScreeningLine {
        findings = List.copyOf(findings);
    }
}
