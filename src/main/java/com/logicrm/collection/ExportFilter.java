package com.logicrm.collection;

import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.CustomerSort;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.shared.Confidentiality;

/**
 * The filters of an export, named as the customer list API names them, so any list an integrator or
 * the list page can show is a URL away from its file. Exports run in archive order.
 */
public record ExportFilter(String q, LifecycleStage stage, CustomerKind kind, CustomerCategory category,
        String regionCode, Long ownerId, String industry, NeedsSegment needsSegment, Confidentiality confidentiality,
        Integer minCompleteness, Integer maxCompleteness, String tag, String source) {

    public CustomerQuery query() {
        return new CustomerQuery(q, stage, kind, category, regionCode, ownerId, industry, needsSegment,
                confidentiality, minCompleteness, maxCompleteness, tag, source, CustomerSort.OLDEST, null, 0);
    }
}
