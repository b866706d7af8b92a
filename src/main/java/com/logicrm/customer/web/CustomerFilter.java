package com.logicrm.customer.web;

import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.shared.Confidentiality;

/** The list page's search box and filters, as query parameters (so a filtered list is a bookmarkable URL). */
record CustomerFilter(String q, LifecycleStage stage, CustomerKind kind, CustomerCategory category, String province,
        Long ownerId, NeedsSegment needsSegment, Confidentiality confidentiality, String completeness, Long cursor) {

    CustomerQuery query() {
        Integer min = null;
        Integer max = null;
        if ("low".equals(completeness)) {
            max = 59;
        } else if ("medium".equals(completeness)) {
            min = 60;
            max = 84;
        } else if ("high".equals(completeness)) {
            min = 85;
        }
        return new CustomerQuery(q, stage, kind, category, province, ownerId, null, needsSegment, confidentiality, min,
                max, cursor, 20);
    }
}
