package com.logicrm.customer;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * A customer's archive card as the caller may see it: personal data already masked where the
 * caller lacks the right, with completeness and data-quality findings.
 */
public record CustomerView(long id, String archiveNo, LifecycleStage stage, @JsonUnwrapped CustomerFacts facts,
        String ownerName, String departmentName, int completeness, List<String> missing, List<String> warnings,
        Long mergedInto, Instant reviewedAt, Instant createdAt, Instant updatedAt, int version, String source) {
}
