package com.logicrm.customer;

import com.logicrm.access.DataScope;
import com.logicrm.access.SignedInUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds duplicate candidates among the current customers the caller may see. Every condition is
 * index-backed (mobile, phone, name core, search grams); the database narrows to a few rows and
 * {@link NameSimilarity} scores the names in Java.
 */
@Component
class DuplicateFinder {

    /** How many rows the index may hand back for scoring; a name shared by more is not a duplicate signal. */
    private static final int NARROWED = 200;
    static final int REPORT_LIMIT = 100;

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DuplicateCandidate> candidates(Customer customer, SignedInUser user) {
        CustomerFacts facts = customer.facts();
        Set<String> numbers = new LinkedHashSet<>();
        if (facts.mobile() != null) {
            numbers.add(facts.mobile());
        }
        if (facts.phone() != null) {
            numbers.add(facts.phone());
        }
        String core = NameSimilarity.core(facts.name());
        List<String> alternatives = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!numbers.isEmpty()) {
            alternatives.add("c.mobile in (:numbers) or c.phone in (:numbers)");
            strong.add("c.mobile in (:numbers) or c.phone in (:numbers)");
            params.put("numbers", numbers);
        }
        if (core != null) {
            alternatives.add("c.name_core = :core");
            strong.add("c.name_core = :core");
            params.put("core", core);
            List<Set<String>> probes = NameSimilarity.probes(core);
            for (int i = 0; i < probes.size(); i++) {
                alternatives.add("c.search_grams @> cast(:probe" + i + " as text[])");
                params.put("probe" + i, probes.get(i).toArray(String[]::new));
            }
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        List<String> where = visibleCurrent(user, params);
        where.add("c.id <> :self");
        params.put("self", customer.id());
        where.add("(" + String.join(" or ", alternatives) + ")");
        params.put("limit", NARROWED);
        List<DuplicateCandidate> found = new ArrayList<>();
        // Equal numbers and equal cores come first, so that a common pair of characters cannot push
        // them past the limit.
        String order = " order by case when " + String.join(" or ", strong) + " then 0 else 1 end, c.id desc";
        jdbc.sql("select c.id, c.archive_no, c.name, c.mobile, c.phone from customer.customer c where "
                        + String.join(" and ", where) + order + " limit :limit")
                .params(params)
                .query(rs -> {
                    List<String> why = new ArrayList<>();
                    if (facts.mobile() != null && (facts.mobile().equals(rs.getString("mobile"))
                            || facts.mobile().equals(rs.getString("phone")))) {
                        why.add("mobile");
                    }
                    if (facts.phone() != null && (facts.phone().equals(rs.getString("phone"))
                            || facts.phone().equals(rs.getString("mobile")))) {
                        why.add("phone");
                    }
                    if (NameSimilarity.nearlyIdentical(facts.name(), rs.getString("name"))) {
                        why.add("name");
                    }
                    if (!why.isEmpty()) {
                        found.add(new DuplicateCandidate(rs.getLong("id"), rs.getString("archive_no"),
                                rs.getString("name"), List.copyOf(why)));
                    }
                });
        return found;
    }

    /**
     * Pairs of current customers in scope sharing a mobile, a phone or a name core, newest pair first,
     * at most {@link #REPORT_LIMIT}. Names that are only similar (not equal cores) show up when either
     * customer is registered or opened, not here: pairing every name with every other does not scale.
     */
    List<DuplicatePair> pairs(SignedInUser user) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = visibleCurrent(user, params);
        params.put("limit", REPORT_LIMIT);
        String sql = """
                with cur as materialized (
                    select c.id, c.archive_no, c.name, c.mobile, c.phone, c.name_core from customer.customer c
                    where %s)
                select a.id a_id, a.archive_no a_no, a.name a_name, b.id b_id, b.archive_no b_no, b.name b_name, why
                from (
                    select a.id aid, b.id bid, 'mobile' why from cur a join cur b on a.mobile = b.mobile and a.id < b.id
                    union all
                    select a.id, b.id, 'phone' from cur a join cur b on a.phone = b.phone and a.id < b.id
                    union all
                    select a.id, b.id, 'name' from cur a join cur b on a.name_core = b.name_core and a.id < b.id
                ) p
                join cur a on a.id = p.aid
                join cur b on b.id = p.bid
                order by b.id desc, a.id desc
                limit :limit""".formatted(String.join(" and ", where));
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String key = rs.getLong("a_id") + ":" + rs.getLong("b_id");
            DuplicatePair known = pairs.get(key);
            List<String> why = new ArrayList<>(known == null ? List.of() : known.why());
            why.add(rs.getString("why"));
            pairs.put(key, new DuplicatePair(rs.getLong("a_id"), rs.getString("a_no"), rs.getString("a_name"),
                    rs.getLong("b_id"), rs.getString("b_no"), rs.getString("b_name"), List.copyOf(why)));
        });
        return List.copyOf(pairs.values());
    }

    private static List<String> visibleCurrent(SignedInUser user, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        DataScope.ScopePredicate scope = user.dataScope().where("c.owner_id", "c.department_id");
        where.add(scope.sql());
        params.putAll(scope.parameters());
        if (!user.holds(CustomerVisibility.CONFIDENTIAL)) {
            where.add("c.confidentiality in ('ORDINARY', 'INTERNAL')");
        }
        where.add("c.stage not in ('RETIRED', 'MERGED')");
        return where;
    }
}
