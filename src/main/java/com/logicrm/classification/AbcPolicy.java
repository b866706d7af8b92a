package com.logicrm.classification;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * CLS-1 cut-offs. Customers are ranked by the run's basis, highest first, equal values by customer
 * id. With {@code n} customers, A takes ranks 1 to {@code max(floor(n × A%), A count)}, B continues to
 * {@code max(floor(n × B%), end of A + B count)}, C to {@code max(floor(n × C%), end of B + C count)},
 * each capped at {@code n}; D is the rest. A customer whose basis is zero or less (no revenue, a
 * loss-making margin) is D whatever its rank: it brings nothing to grade it for.
 */
final class AbcPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int MAX_COUNT = 10_000_000;

    /** The last rank of A, B and C. */
    record Limits(int a, int b, int c) {
    }

    private final AbcRules rules;

    /** Refuses rules a run cannot use: out of range, a class with no threshold, or overlapping classes. */
    AbcPolicy(AbcRules given) {
        AbcRules rules = given == null ? AbcRules.DEFAULT : given.orDefaults();
        percent("aPercent", rules.aPercent());
        percent("bPercent", rules.bPercent());
        percent("cPercent", rules.cPercent());
        count("aCount", rules.aCount());
        count("bCount", rules.bCount());
        count("cCount", rules.cCount());
        if (rules.aPercent().signum() == 0 && rules.aCount() == 0) {
            throw new InvalidField("rules.aPercent", "classification.rules.empty", "A");
        }
        if (rules.bPercent().signum() == 0 && rules.bCount() == 0) {
            throw new InvalidField("rules.bPercent", "classification.rules.empty", "B");
        }
        if (rules.cPercent().signum() == 0 && rules.cCount() == 0) {
            throw new InvalidField("rules.cPercent", "classification.rules.empty", "C");
        }
        overlap("rules.bPercent", rules.aPercent(), rules.bPercent(), "A", "B");
        overlap("rules.cPercent", rules.bPercent(), rules.cPercent(), "B", "C");
        overlap("rules.cPercent", rules.aPercent(), rules.cPercent(), "A", "C");
        this.rules = rules;
    }

    AbcRules rules() {
        return rules;
    }

    Limits limits(int customers) {
        int a = Math.min(customers, Math.max(share(customers, rules.aPercent()), rules.aCount()));
        int b = Math.min(customers, Math.max(share(customers, rules.bPercent()), a + rules.bCount()));
        int c = Math.min(customers, Math.max(share(customers, rules.cPercent()), b + rules.cCount()));
        return new Limits(a, Math.max(a, b), Math.max(Math.max(a, b), c));
    }

    /** The grade of the customer at {@code rank} (from 1) whose basis is {@code value}. */
    static Grade grade(Limits limits, int rank, BigDecimal value) {
        if (value.signum() <= 0) {
            return Grade.D;
        }
        return rank <= limits.a() ? Grade.A : rank <= limits.b() ? Grade.B : rank <= limits.c() ? Grade.C : Grade.D;
    }

    private static int share(int customers, BigDecimal percent) {
        return BigDecimal.valueOf(customers).multiply(percent).divide(HUNDRED, 0, RoundingMode.FLOOR).intValueExact();
    }

    private static void percent(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidField("rules." + field, "classification.rules.percentRange");
        }
    }

    private static void count(String field, int value) {
        if (value < 0 || value > MAX_COUNT) {
            throw new InvalidField("rules." + field, "classification.rules.countRange", MAX_COUNT);
        }
    }

    /** A higher class's percent must stay below a lower class's (when both are set). */
    private static void overlap(String field, BigDecimal higher, BigDecimal lower, String higherName,
            String lowerName) {
        if (higher.signum() > 0 && lower.signum() > 0 && higher.compareTo(lower) >= 0) {
            throw new InvalidField(field, "classification.rules.overlap", higherName, higher.stripTrailingZeros()
                    .toPlainString(), lowerName, lower.stripTrailingZeros().toPlainString());
        }
    }
}
