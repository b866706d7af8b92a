package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.time.Instant;
import java.util.List;

/** One customer as a list export carries it, personal data already masked for the person exporting. */
public record ExportedCustomer(long id, String archiveNo, String name, String shortName, CustomerKind kind,
        CustomerCategory category, LifecycleStage stage, String creditCode, String regionCode, String address,
        String industry, String phone, String mobile, String email, String website, NeedsSegment needsSegment,
        List<String> tags, String ownerName, int completeness, Confidentiality confidentiality, Instant createdAt) {
}
