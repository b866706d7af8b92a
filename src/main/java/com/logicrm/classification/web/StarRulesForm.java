package com.logicrm.classification.web;

import com.logicrm.classification.StarLevel;
import com.logicrm.classification.StarRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The star rules (CLS-3) on the run form: one row of fields per level 5A … 2A and the visits of A. Read
 * back into {@link StarRules} exactly as the API takes them, so the run's own policy refuses what it
 * would refuse there; a form whose star fields are all absent leaves the rules to the defaults.
 */
final class StarRulesForm {

    static final String BASE_VISITS = "starBaseVisits";
    private static final List<Integer> LEVELS = List.of(5, 4, 3, 2);

    /** One level as the form shows it: its name and its four fields. */
    record Row(int stars, String name, List<Cell> cells) {
    }

    /** One field: its name, the value to fill in, the range the browser checks, and its label's message code. */
    record Cell(String field, String value, String min, String max, String step, String label) {
    }

    private StarRulesForm() {
    }

    static StarRules rules(Map<String, String> form) {
        if (LEVELS.stream().flatMap(stars -> fields(stars).stream()).noneMatch(form::containsKey)
                && !form.containsKey(BASE_VISITS)) {
            return null;
        }
        List<StarLevel> levels = LEVELS.stream().map(stars -> new StarLevel(stars,
                FormValues.count(form.get(field(stars, "MaxDecile"))),
                FormValues.decimal(form.get(field(stars, "MinLoyalty"))),
                FormValues.decimal(form.get(field(stars, "MinPotential"))),
                FormValues.count(form.get(field(stars, "Visits"))))).toList();
        return new StarRules(levels, FormValues.count(form.get(BASE_VISITS)));
    }

    /** The rows to show: what was entered when the form came back refused, else {@code shown}'s rules. */
    static List<Row> rows(Map<String, String> entered, StarRules shown) {
        StarRules rules = shown == null || shown.levels() == null ? StarRules.DEFAULT : shown;
        return LEVELS.stream().map(stars -> {
            StarLevel level = rules.levels().stream().filter(each -> each.stars() == stars).findFirst()
                    .orElseThrow();
            return new Row(stars, stars + "A", List.of(
                    cell(entered, field(stars, "MaxDecile"), level.maxDecile(), "1", "10", "1", "starMaxDecile"),
                    cell(entered, field(stars, "MinLoyalty"), plain(level.minLoyalty()), "0", "1", "0.01",
                            "starMinLoyalty"),
                    cell(entered, field(stars, "MinPotential"), plain(level.minPotential()), "0", "1", "0.01",
                            "starMinPotential"),
                    cell(entered, field(stars, "Visits"), level.visitsPerYear(), "0", "365", "1", "starVisits")));
        }).toList();
    }

    private static Cell cell(Map<String, String> entered, String field, Object otherwise, String min, String max,
            String step, String label) {
        return new Cell(field, value(entered, field, otherwise), min, max, step, "classification.form." + label);
    }

    static String baseVisits(Map<String, String> entered, StarRules shown) {
        Integer base = shown == null || shown.baseVisitsPerYear() == null ? StarRules.DEFAULT.baseVisitsPerYear()
                : shown.baseVisitsPerYear();
        return value(entered, BASE_VISITS, base);
    }

    private static List<String> fields(int stars) {
        return List.of(field(stars, "MaxDecile"), field(stars, "MinLoyalty"), field(stars, "MinPotential"),
                field(stars, "Visits"));
    }

    private static String field(int stars, String measure) {
        return "star" + stars + measure;
    }

    private static String value(Map<String, String> entered, String field, Object otherwise) {
        return entered != null && entered.containsKey(field) ? entered.get(field) : Objects.toString(otherwise, "");
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
