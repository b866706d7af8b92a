package com.logicrm.customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings that do not block saving but a sales admin should check (ARC-2, ARC-11): a name that is
 * probably not the full registered name, a credit code registered in another province than the
 * address, absurd figures. Each finding is a message key under {@code customer.warning.}.
 */
final class DataQuality {

    private DataQuality() {
    }

    static List<String> findings(CustomerFacts facts) {
        List<String> findings = new ArrayList<>();
        if (facts.kind() == CustomerKind.ENTERPRISE && !RegisteredName.looksComplete(facts.name())) {
            findings.add("nameNotRegistered");
        }
        if (facts.creditCode() != null && facts.regionCode() != null && facts.creditCode().length() == 18
                && !facts.creditCode().substring(2, 4).equals(facts.regionCode().substring(0, 2))) {
            findings.add("creditCodeRegionMismatch");
        }
        if (isZero(facts.registeredCapital()) || isZero(facts.assets())) {
            findings.add("zeroAmount");
        }
        if (facts.kind() == CustomerKind.ENTERPRISE && facts.creditCode() == null) {
            findings.add("creditCodeMissing");
        }
        return List.copyOf(findings);
    }

    private static boolean isZero(BigDecimal amount) {
        return amount != null && amount.signum() == 0;
    }
}
