package com.logicrm.classification;

import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CLS-3 star grades 5A … A over volume (the decile of the run's ranking), loyalty F and potential. A
 * customer gets the highest level whose three thresholds it meets, A otherwise. A higher level must be
 * at least as strict as the one below it on every measure and stricter on one, and visited at least as
 * often: otherwise the lower level could never be reached or the order would contradict itself.
 */
final class StarPolicy {

    static final int MAX_VISITS = 365;

    private final StarRules rules;

    StarPolicy(StarRules given) {
        StarRules rules = given == null || given.levels() == null
                ? new StarRules(StarRules.DEFAULT.levels(), given == null ? null : given.baseVisitsPerYear())
                : given;
        int base = rules.baseVisitsPerYear() == null ? StarRules.DEFAULT.baseVisitsPerYear() : rules.baseVisitsPerYear();
        if (base < 0 || base > MAX_VISITS) {
            throw new InvalidField("stars.baseVisitsPerYear", "classification.stars.visitsRange", MAX_VISITS);
        }
        List<StarLevel> levels = new ArrayList<>(rules.levels());
        if (levels.size() != 4 || levels.stream().map(StarLevel::stars).distinct().count() != 4
                || levels.stream().anyMatch(level -> level.stars() < 2 || level.stars() > 5)) {
            throw new InvalidField("stars.levels", "classification.stars.levels");
        }
        levels.sort(Comparator.comparingInt(StarLevel::stars).reversed());
        for (StarLevel level : levels) {
            check(level);
        }
        for (int i = 0; i + 1 < levels.size(); i++) {
            ordered(levels.get(i), levels.get(i + 1));
        }
        if (levels.get(levels.size() - 1).visitsPerYear() < base) {
            throw new InvalidField("stars.baseVisitsPerYear", "classification.stars.contradictory.visits",
                    name(levels.get(levels.size() - 1).stars()), name(1));
        }
        this.rules = new StarRules(levels, base);
    }

    StarRules rules() {
        return rules;
    }

    /** Levels from 5A down. */
    List<StarLevel> levels() {
        return rules.levels();
    }

    int visitsPerYear(int stars) {
        return stars == 1 ? rules.baseVisitsPerYear()
                : rules.levels().stream().filter(level -> level.stars() == stars).findFirst().orElseThrow()
                        .visitsPerYear();
    }

    /** The stars of a customer in volume decile {@code decile} with loyalty and potential as given. */
    int stars(int decile, BigDecimal loyalty, BigDecimal potential) {
        for (StarLevel level : rules.levels()) {
            if (decile <= level.maxDecile() && loyalty.compareTo(level.minLoyalty()) >= 0
                    && potential.compareTo(level.minPotential()) >= 0) {
                return level.stars();
            }
        }
        return 1;
    }

    /** 5A, 4A … A. */
    static String name(int stars) {
        return stars == 1 ? "A" : stars + "A";
    }

    private static void check(StarLevel level) {
        String field = "stars." + name(level.stars());
        if (level.maxDecile() == null || level.maxDecile() < 1 || level.maxDecile() > 10) {
            throw new InvalidField(field + ".maxDecile", "classification.stars.decileRange");
        }
        unit(field + ".minLoyalty", level.minLoyalty());
        unit(field + ".minPotential", level.minPotential());
        if (level.visitsPerYear() == null || level.visitsPerYear() < 0 || level.visitsPerYear() > MAX_VISITS) {
            throw new InvalidField(field + ".visitsPerYear", "classification.stars.visitsRange", MAX_VISITS);
        }
    }

    private static void unit(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidField(field, "classification.stars.unitRange");
        }
    }

    private static void ordered(StarLevel higher, StarLevel lower) {
        String field = "stars." + name(higher.stars());
        if (higher.maxDecile() > lower.maxDecile()) {
            throw new InvalidField(field + ".maxDecile", "classification.stars.contradictory.decile",
                    name(higher.stars()), name(lower.stars()));
        }
        if (higher.minLoyalty().compareTo(lower.minLoyalty()) < 0) {
            throw new InvalidField(field + ".minLoyalty", "classification.stars.contradictory.loyalty",
                    name(higher.stars()), name(lower.stars()));
        }
        if (higher.minPotential().compareTo(lower.minPotential()) < 0) {
            throw new InvalidField(field + ".minPotential", "classification.stars.contradictory.potential",
                    name(higher.stars()), name(lower.stars()));
        }
        if (higher.visitsPerYear() < lower.visitsPerYear()) {
            throw new InvalidField(field + ".visitsPerYear", "classification.stars.contradictory.visits",
                    name(higher.stars()), name(lower.stars()));
        }
        if (higher.maxDecile().equals(lower.maxDecile()) && higher.minLoyalty().compareTo(lower.minLoyalty()) == 0
                && higher.minPotential().compareTo(lower.minPotential()) == 0) {
            throw new InvalidField(field, "classification.stars.overlap", name(higher.stars()), name(lower.stars()));
        }
    }
}
