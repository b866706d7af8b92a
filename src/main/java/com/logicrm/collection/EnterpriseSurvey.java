package com.logicrm.collection;

import java.time.Instant;
import java.util.List;

/**
 * A 企业基本情况调查表 as filed: the form as filled in, the survey fields whose value the archive card
 * took from it ({@code changedFields}, in the form's order), who filled it in and when, and its catalogue
 * number in the archive.
 */
public record EnterpriseSurvey(long id, long customerId, String archiveNo, NewEnterpriseSurvey form,
        List<String> changedFields, String recordedBy, String recordedByName, Instant recordedAt,
        String catalogueNo) {
}
