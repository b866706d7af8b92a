package com.logicrm.customer;

import jakarta.validation.constraints.Size;

/** The legal representative or owner, as the account manager sees them (表二 客户经营者分析表, ARC-2). */
public record OperatorProfile(@Size(max = 60) String name, Integer age, @Size(max = 60) String education,
        @Size(max = 1000) String experience, @Size(max = 1000) String abilities, @Size(max = 500) String personality,
        @Size(max = 500) String workingStyle, @Size(max = 1000) String achievements,
        @Size(max = 500) String interests, @Size(max = 500) String family, @Size(max = 500) String impression,
        @Size(max = 500) String reputation) {

    public static OperatorProfile empty() {
        return new OperatorProfile(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
