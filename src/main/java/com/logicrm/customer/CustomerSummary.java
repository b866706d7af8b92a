package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.util.List;

/** One line of a customer list. */
public record CustomerSummary(long id, String archiveNo, String name, String shortName, CustomerKind kind,
        LifecycleStage stage, String creditCode, String regionCode, String mobile, long ownerId, String ownerName,
        int completeness, Confidentiality confidentiality, List<String> tags) {
}
