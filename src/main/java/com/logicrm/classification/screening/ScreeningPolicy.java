package com.logicrm.classification.screening;

import com.logicrm.customer.LifecycleStage;
import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The year-end screening's rules (CLS-8): from a customer's five measures to keep / watch / drop, with
 * the findings that led there. Rules that contradict each other (a drop threshold looser than its watch
 * threshold) or are out of range are refused when the policy is made, never half applied.
 */
public final class ScreeningPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A recommendation with what led to it (codes named in the message bundle, {@code screening.finding.*}). */
    public record Outcome(Recommendation recommendation, List<String> findings) {
    }

    private final ScreeningRules rules;

    public ScreeningPolicy(ScreeningRules given) {
        ScreeningRules r = (given == null ? ScreeningRules.DEFAULT : given).withDefaults();
        notNegative("watchRevenueBelow", r.watchRevenueBelow());
        notNegative("dropRevenueBelow", r.dropRevenueBelow());
        if (r.dropRevenueBelow().compareTo(r.watchRevenueBelow()) > 0) {
            throw new InvalidField("dropRevenueBelow", "screening.rules.dropAboveWatch");
        }
        percent("watchMarginRateBelow", r.watchMarginRateBelow(), BigDecimal.valueOf(-100));
        percent("dropMarginRateBelow", r.dropMarginRateBelow(), BigDecimal.valueOf(-100));
        if (r.dropMarginRateBelow().compareTo(r.watchMarginRateBelow()) > 0) {
            throw new InvalidField("dropMarginRateBelow", "screening.rules.dropAboveWatch");
        }
        percent("watchOverdueAbove", r.watchOverdueAbove(), BigDecimal.ZERO);
        percent("dropOverdueAbove", r.dropOverdueAbove(), BigDecimal.ZERO);
        if (r.dropOverdueAbove().compareTo(r.watchOverdueAbove()) < 0) {
            throw new InvalidField("dropOverdueAbove", "screening.rules.dropBelowWatch");
        }
        if (r.watchGrowthBelow().compareTo(BigDecimal.valueOf(-100)) < 0) {
            throw new InvalidField("watchGrowthBelow", "screening.rules.growthRange");
        }
        if (r.watchActiveMonthsBelow() < 0 || r.watchActiveMonthsBelow() > 12) {
            throw new InvalidField("watchActiveMonthsBelow", "screening.rules.monthsRange");
        }
        percent("watchPunctualityBelow", r.watchPunctualityBelow(), BigDecimal.ZERO);
        this.rules = r;
    }

    public ScreeningRules rules() {
        return rules;
    }

    public Outcome assess(ScreeningMeasures m) {
        List<String> drop = new ArrayList<>();
        List<String> watch = new ArrayList<>();
        if (m.revenue().compareTo(rules.dropRevenueBelow()) < 0) {
            drop.add("revenueVeryLow");
        } else if (m.revenue().compareTo(rules.watchRevenueBelow()) < 0) {
            watch.add("revenueLow");
        }
        if (m.marginRate() != null && m.marginRate().compareTo(rules.dropMarginRateBelow()) < 0) {
            drop.add("marginVeryLow");
        } else if (m.marginRate() != null && m.marginRate().compareTo(rules.watchMarginRateBelow()) < 0) {
            watch.add("marginLow");
        }
        if (m.overdueShare() != null && m.overdueShare().compareTo(rules.dropOverdueAbove()) > 0) {
            drop.add("overdueVeryHigh");
        } else if (m.overdueShare() != null && m.overdueShare().compareTo(rules.watchOverdueAbove()) > 0) {
            watch.add("overdueHigh");
        }
        if (m.stage() == LifecycleStage.LOST || !m.stage().current()) {
            drop.add("stageLost");
        } else if (m.stage() == LifecycleStage.DORMANT) {
            watch.add("stageDormant");
        }
        if (m.growth() != null && m.growth().compareTo(rules.watchGrowthBelow()) < 0) {
            watch.add("shrinking");
        }
        if (m.activeMonths() < rules.watchActiveMonthsBelow()) {
            watch.add("rarePurchases");
        }
        if (m.punctuality() != null && m.punctuality().compareTo(rules.watchPunctualityBelow()) < 0) {
            watch.add("paysLate");
        }
        if (!drop.isEmpty()) {
            List<String> all = new ArrayList<>(drop);
            all.addAll(watch);
            return new Outcome(Recommendation.DROP, all);
        }
        return new Outcome(watch.isEmpty() ? Recommendation.KEEP : Recommendation.WATCH, watch);
    }

    /** {@code part} in percent of {@code whole}, two decimals; null when the whole is not positive. */
    static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** Growth of {@code now} against {@code before} in percent; null without a previous year. */
    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return percentOf(now.subtract(before), before);
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new InvalidField(field, "screening.rules.negative");
        }
    }

    private static void percent(String field, BigDecimal value, BigDecimal lowest) {
        if (value.compareTo(lowest) < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidField(field, "screening.rules.percentRange", lowest, 100);
        }
    }
}
