package com.logicrm.customer;

/** The legal representative or owner, as the account manager sees them (表二 客户经营者分析表, ARC-2). */
public record OperatorProfile(String name, Integer age, String education, String experience, String abilities,
        String personality, String workingStyle, String achievements, String interests, String family,
        String impression, String reputation) {

    public static OperatorProfile empty() {
        return new OperatorProfile(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
