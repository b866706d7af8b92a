package com.logicrm.customer.web;

import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.CustomerSort;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.region.Region;
import com.logicrm.shared.region.Regions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The list page's search box, filters and sort, as query parameters (so a filtered list is a
 * bookmarkable URL). The region is three cascading selects, {@code province}, {@code city} and
 * {@code county}.
 */
record CustomerFilter(String q, LifecycleStage stage, CustomerKind kind, CustomerCategory category, String province,
        String city, String county, Long ownerId, NeedsSegment needsSegment, Confidentiality confidentiality,
        String completeness, String tag, String source, String industry, String sort, String cursor) {

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
        return new CustomerQuery(q, stage, kind, category, regionCode(), ownerId, industry, needsSegment, confidentiality,
                min, max, tag, source, order(), cursor, 20);
    }

    /** A hand-edited URL with an unknown sort shows the default order rather than an error page. */
    CustomerSort order() {
        try {
            return CustomerSort.of(sort);
        } catch (DomainProblem unknown) {
            return CustomerSort.NEWEST;
        }
    }

    /**
     * The most specific division chosen whose parent is the one chosen above it. A changed province
     * may arrive with the city of the previous one (the selects are cleared as the request leaves);
     * such a city does not belong to it and is ignored.
     */
    String regionCode() {
        String chosen = null;
        for (String code : new String[] {province, city, county}) {
            Optional<Region> region = code == null || code.isBlank() ? Optional.empty()
                    : Regions.standard().find(code.trim());
            if (region.isEmpty() || !Objects.equals(region.get().parentCode(), chosen)) {
                break;
            }
            chosen = region.get().code();
        }
        return chosen;
    }

    /** The divisions of the chosen region from the province down, for the selects. */
    List<Region> regionPath() {
        String code = regionCode();
        return code == null ? List.of() : Regions.standard().path(code);
    }
}
