package com.logicrm.classification.web;

import com.logicrm.classification.Grade;
import com.logicrm.classification.LoyaltyRules;
import com.logicrm.classification.QuadrantRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The loyalty weights (CLS-4) and the best-vs-loyal rules (CLS-5) on the run form, read back into the
 * rules exactly as the API takes them, so the run's own policies refuse what they would refuse there.
 * The weights are used as given with hand-set weights and are the fall-back of a fit; best and develop
 * grades are one check box per grade. A form without these fields leaves the rules to the defaults.
 */
final class LoyaltyQuadrantForm {

    private static final List<String> WEIGHTS = List.of("intercept", "orders", "services", "quantity", "amount");
    private static final String GROWTH = "developGrowthPercent";
    private static final String TOP = "developTopPercent";

    private LoyaltyQuadrantForm() {
    }

    static LoyaltyRules loyalty(Map<String, String> form) {
        return new LoyaltyRules(FormValues.option(LoyaltyRules.LoyaltyMode.class, form.get("loyaltyMode")),
                weight(form.get("loyaltyThreshold")),
                FormValues.option(LoyaltyRules.QuantityBasis.class, form.get("quantityBasis")),
                weight(form.get(field("intercept"))), weight(form.get(field("orders"))),
                weight(form.get(field("services"))), weight(form.get(field("quantity"))),
                weight(form.get(field("amount"))));
    }

    static QuadrantRules quadrants(Map<String, String> form) {
        if (!form.containsKey(GROWTH) && !form.containsKey(TOP)) {
            return null;
        }
        return new QuadrantRules(checked(form, "best"), checked(form, "develop"), FormValues.decimal(form.get(GROWTH)),
                FormValues.decimal(form.get(TOP)));
    }

    /** One weight as the form shows it: its field, its value and its label's message code. */
    record Weight(String field, String value, String label) {
    }

    /** The weights to fill in: what was entered when the form came back refused, else the shown run's. */
    static List<Weight> weights(Map<String, String> entered, LoyaltyRules shown) {
        LoyaltyRules rules = (shown == null ? LoyaltyRules.DEFAULT : shown).orDefaults();
        double[] values = {rules.intercept(), rules.orders(), rules.services(), rules.quantity(), rules.amount()};
        List<Weight> weights = new ArrayList<>();
        for (int i = 0; i < WEIGHTS.size(); i++) {
            String field = field(WEIGHTS.get(i));
            weights.add(new Weight(field, entered != null && entered.containsKey(field) ? entered.get(field)
                    : BigDecimal.valueOf(values[i]).stripTrailingZeros().toPlainString(),
                    "classification.form.weight." + WEIGHTS.get(i)));
        }
        return weights;
    }

    private static String field(String weight) {
        return "weight" + Character.toUpperCase(weight.charAt(0)) + weight.substring(1);
    }

    private static List<Grade> checked(Map<String, String> form, String prefix) {
        return Arrays.stream(Grade.values()).filter(grade -> form.containsKey(prefix + grade.name())).toList();
    }

    /** Blank is "not given"; an unreadable number becomes one the loyalty policy refuses. */
    private static Double weight(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return Double.NaN;
        }
    }
}
