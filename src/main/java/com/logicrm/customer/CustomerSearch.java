package com.logicrm.customer;

import com.logicrm.access.DataScope;
import com.logicrm.access.People;
import com.logicrm.access.RecordGrants;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.contact.Landline;
import com.logicrm.shared.contact.MobilePhone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds customers with one parameterised SQL statement: the search box, the filters, the caller's
 * data scope and confidentiality are all conditions of the query, pages are keyset pages in the chosen
 * sort (newest first unless asked otherwise), and nothing counts the whole archive.
 */
@Component
class CustomerSearch {

    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-Z]{2,18}");
    private static final Pattern PHONE = Pattern.compile("[0-9-]{5,20}");
    /** The same expression as the index customer_stage_province_ix, so the planner can match it. */
    private static final String PROVINCE = "substr(c.region_code, 1, 2) = :province";
    private final JdbcClient jdbc;
    private final People people;
    private final RecordGrants grants;
    private final GramFrequency frequency;

    CustomerSearch(JdbcClient jdbc, People people, RecordGrants grants, GramFrequency frequency) {
        this.jdbc = jdbc;
        this.people = people;
        this.grants = grants;
        this.frequency = frequency;
    }

    /** Runs in the caller's transaction (its plan setting is transaction-local). */
    CustomerPage search(CustomerQuery query, SignedInUser user) {
        Conditions conditions = conditions(query, user);
        List<String> where = new ArrayList<>(conditions.where());
        Map<String, Object> params = new HashMap<>(conditions.params());
        CustomerSort sort = query.sort();
        CustomerCursor cursor = CustomerCursor.parse(sort, query.cursor());
        if (cursor != null) {
            where.add(sort.after());
            params.put("cursorId", cursor.id());
            if (sort.keyed()) {
                params.put("cursorKey", cursor.keyParameter());
            }
        }
        params.put("limit", query.size() + 1);
        Text text = conditions.text();
        String pageClause = "\norder by " + sort.orderBy() + "\nlimit :limit";
        String select = """
                select c.id, c.archive_no, c.name, c.short_name, c.kind, c.stage, c.credit_code, c.region_code,
                       c.mobile, c.owner_id, c.completeness, c.confidentiality, c.tags
                from customer.customer c
                """ + "where " + String.join("\n  and ", where);
        String sql;
        if (text == null) {
            sql = select + pageClause;
        } else if (text.contacts() == null) {
            sql = select + "\n  and " + text.customer() + pageClause;
        } else {
            // Two branches rather than "customer matches or c.id in (contacts)": a contact match cannot
            // join the customer's index bitmaps, so with one OR PostgreSQL walks the id index and tests
            // every customer against the hashed subquery — the whole archive for a rare contact name or
            // a mobile (over a second in a million customers). Apart, each branch is planned for itself
            // (a contact branch joins its few matching customers by key, or walks ids for a common name)
            // and the union of the two pages is sorted once more, in the page's order.
            sql = "select * from ((" + select + "\n  and " + text.customer() + pageClause + ")\nunion\n(" + select
                    + "\n  and " + text.contacts() + pageClause + ")) c" + pageClause;
        }
        if (query.q() != null && !query.q().isBlank()) {
            // The best plan depends on the term: a common one ("有限", in 86 % of names) walks an id
            // index, a rare one takes the GIN index. The driver prepares a statement on the server after
            // a few executions, and PostgreSQL may then settle on one generic plan for every term (for
            // an owner's search: AND the owner's rows with the GIN bitmap of the term, ~400 ms for
            // "有限" in a million customers). Planning each search for its own term costs far less.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
        List<Row> rows = jdbc.sql(sql).params(params).query(CustomerSearch::row).list();
        boolean more = rows.size() > query.size();
        List<Row> page = more ? rows.subList(0, query.size()) : rows;
        Map<Long, String> owners = ownerNames(page);
        boolean pii = user.holds(CustomerVisibility.PII);
        List<CustomerSummary> items = page.stream().map(row -> row.summary(owners.get(row.ownerId), pii)).toList();
        return new CustomerPage(items, more ? page.get(page.size() - 1).cursor(sort).encoded() : null);
    }

    /**
     * Everything that decides which customers a query selects for this person — data scope,
     * confidentiality and grants, the filters, the search box — without order or paging. Lists and
     * exports share it, so an export holds exactly the rows the list shows.
     */
    Conditions conditions(CustomerQuery query, SignedInUser user) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Set<Long> granted = grants.grantedIds(user.id(), CustomerVisibility.GRANT_TYPE);
        where.add(visible(user, granted, params));
        where.add(query.stage() == null ? "c.stage not in ('RETIRED', 'MERGED')" : "c.stage = :stage");
        if (query.stage() != null) {
            params.put("stage", query.stage().name());
        }
        equal(where, params, "c.kind", "kind", query.kind());
        equal(where, params, "c.category", "category", query.category());
        equal(where, params, "c.owner_id", "ownerId", query.ownerId());
        equal(where, params, "c.industry", "industry", blankToNull(query.industry()));
        equal(where, params, "c.needs_segment", "needsSegment", query.needsSegment());
        equal(where, params, "c.confidentiality", "confidentiality", query.confidentiality());
        region(query, user.dataScope(), where, params);
        if (query.minCompleteness() != null) {
            where.add("c.completeness >= :minCompleteness");
            params.put("minCompleteness", query.minCompleteness());
        }
        if (query.maxCompleteness() != null) {
            where.add("c.completeness <= :maxCompleteness");
            params.put("maxCompleteness", query.maxCompleteness());
        }
        equal(where, params, "c.source", "source", blankToNull(query.source()));
        String tag = blankToNull(query.tag());
        if (tag != null) {
            // GIN on tags; array[...] of one element, so "carries this tag" whatever else it carries
            where.add("c.tags @> array[cast(:tag as text)]");
            params.put("tag", tag);
        }
        Text text = textCondition(query.q(), params, user.dataScope(), granted, frequency);
        return new Conditions(List.copyOf(where), Collections.unmodifiableMap(params), text);
    }

    /**
     * The region filter: a code prefix. Over a department or the whole archive the province goes in once
     * more as an equality on the expression of customer_stage_province_ix: with a stage, that index then
     * hands over the page in id order, where the prefix alone is a range that loses the order (PostgreSQL
     * walked the id index through a rare stage in a small province, or gathered a department's 175,000
     * rows in a bitmap). Not for one owner's customers: their few thousand rows come from the owner's
     * index, and the second condition only made the planner underestimate them and sort them all.
     */
    /**
     * Which rows of {@code customer.customer c} this person may see — data scope, confidentiality and
     * grants — as a SQL condition; its values go into {@code params}.
     */
    static String visible(SignedInUser user, Set<Long> granted, Map<String, Object> params) {
        DataScope.ScopePredicate scope = user.dataScope().where("c.owner_id", "c.department_id");
        String visible = scope.sql();
        if (!user.holds(CustomerVisibility.CONFIDENTIAL)) {
            visible = "(" + visible + ") and c.confidentiality in ('ORDINARY', 'INTERNAL')";
        }
        if (!granted.isEmpty()) {
            visible = "(" + visible + ") or c.id in (:granted)";
            params.put("granted", granted);
        }
        params.putAll(scope.parameters());
        return "(" + visible + ")";
    }

    static void region(CustomerQuery query, DataScope scope, List<String> where, Map<String, Object> params) {
        if (query.regionCode() == null || query.regionCode().isBlank()) {
            return;
        }
        String prefix = RegionPrefix.of(query.regionCode().trim());
        where.add("c.region_code like :regionPrefix");
        params.put("regionPrefix", prefix + "%");
        boolean oneOwner = query.ownerId() != null || scope.kind() == DataScope.Kind.OWN;
        if (prefix.length() >= 2 && !oneOwner) {
            where.add(PROVINCE);
            params.put("province", prefix.substring(0, 2));
        }
    }

    /**
     * The data scope once more on the contacts' copy of their customer's owner and department, for the
     * contact branch: an owner's contacts with a name are then a BitmapAnd of the owner's index and the
     * grams' index, instead of probing the contacts of each of the owner's thousands of customers. It
     * only narrows; the branch still applies the scope to the customer. Granted customers pass as well.
     * Uses the scope's own parameters. Null when the scope covers everything.
     */
    static String contactScope(DataScope scope, Set<Long> granted) {
        if (scope.coversAll()) {
            return null;
        }
        String sql = scope.where("k.owner_id", "k.department_id").sql();
        return granted.isEmpty() ? sql : "(" + sql + " or k.customer_id in (:granted))";
    }

    /** The conditions of a query (joined by "and"), their parameters, and the search box's part. */
    record Conditions(List<String> where, Map<String, Object> params, Text text) {

        /** All of it as one condition, the search box's customer and contact parts as alternatives. */
        String all() {
            List<String> all = new ArrayList<>(where);
            if (text != null) {
                all.add(text.contacts() == null ? text.customer()
                        : "(" + text.customer() + " or " + text.contacts() + ")");
            }
            return String.join("\n  and ", all);
        }
    }

    /** The search box's conditions for a person with this scope and these grants (see below). */
    static Text textCondition(String q, Map<String, Object> params, DataScope scope, Set<Long> granted,
            GramFrequency frequency) {
        boolean walkOwnCustomers = scope.kind() == DataScope.Kind.OWN && q != null && !q.isBlank()
                && frequency.common(SearchGrams.ofQuery(q.trim()));
        return textCondition(q, params, contactScope(scope, granted), walkOwnCustomers);
    }

    /**
     * The search box: a name fragment of the customer or of one of its active contacts (all its grams
     * present, then confirmed by LIKE), a credit-code prefix, or a phone number of the customer or of a
     * contact; any of them may match. Null without a text; the contact condition is null when the text
     * cannot match a contact. {@code contactScope} (from {@link #contactScope}, null for none) narrows
     * the contacts looked at. {@code walkOwnCustomers}: an owner's search for a common term (see
     * {@link GramFrequency}). Not private: the benchmark's bare-SQL baseline sends these very conditions.
     */
    static Text textCondition(String q, Map<String, Object> params, String contactScope,
            boolean walkOwnCustomers) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.trim();
        List<String> alternatives = new ArrayList<>();
        List<String> contactAlternatives = new ArrayList<>();
        Set<String> grams = SearchGrams.ofQuery(text);
        String lower = text.toLowerCase(Locale.ROOT);
        if (!grams.isEmpty()) {
            // A fragment that is one term itself (a Han character, two Han characters, two letters) is in
            // a name exactly when the term is, so LIKE would add nothing but a wrong row estimate (the
            // planner takes any '%x%' to be rare and sorts thousands of rows). Longer fragments need it
            // to confirm the order of their terms.
            boolean singleTerm = grams.size() == 1 && grams.contains(lower);
            String confirmName = singleTerm ? "" : " and (lower(c.name) like :like escape '\\' "
                    + "or lower(coalesce(c.short_name, '')) like :like escape '\\')";
            String confirmContact = singleTerm ? "" : " and lower(k.name) like :like escape '\\'";
            // For a common term in an owner's search, a sub-select: the planner cannot answer it from the
            // GIN index and takes it for one row in two, so it walks the owner's newest customers (a page
            // after a few hundred rows) instead of building a bitmap of the term's 20,000+ customers to
            // intersect with the owner's 5,000. Rare terms keep the index.
            String hasGrams = walkOwnCustomers ? "(select c.search_grams @> cast(:grams as text[]))"
                    : "c.search_grams @> cast(:grams as text[])";
            alternatives.add("(" + hasGrams + confirmName + ")");
            // a contact's name: the same grams on customer.contact (own GIN)
            contactAlternatives.add("(k.search_grams @> cast(:grams as text[])" + confirmContact + ")");
            params.put("grams", grams.toArray(String[]::new));
            if (!singleTerm) {
                params.put("like", "%" + escapeLike(lower) + "%");
            }
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
        if (CODE_PREFIX.matcher(upper).matches() && upper.chars().anyMatch(Character::isDigit)) {
            alternatives.add("c.credit_code like :codePrefix");
            params.put("codePrefix", upper + "%");
        }
        String phone = phone(text);
        if (phone != null) {
            alternatives.add("(c.mobile = :phone or c.phone = :phone)");
            contactAlternatives.add("(k.mobile = :phone or k.phone = :phone)");
            params.put("phone", phone);
        }
        if (alternatives.isEmpty()) {
            return new Text("false", null);
        }
        // "in" lets PostgreSQL find the matching contacts once and join their customers, instead of
        // running a subquery per customer row
        return new Text("(" + String.join(" or ", alternatives) + ")", contactAlternatives.isEmpty() ? null
                : "c.id in (select k.customer_id from customer.contact k where k.active"
                        + (contactScope == null ? "" : " and " + contactScope) + " and ("
                        + String.join(" or ", contactAlternatives) + "))");
    }

    /** The search box's conditions: on the customer row, and on its active contacts (or null). */
    record Text(String customer, String contacts) {
    }

    /** A phone number in the one form numbers are stored in ({@code 13812345678}, {@code 021-12345678}). */
    private static String phone(String text) {
        if (MobilePhone.isValid(text)) {
            return MobilePhone.parse("q", text).value();
        }
        if (Landline.isValid(text)) {
            return Landline.parse("q", text).value();
        }
        String digits = text.replaceAll("[\\s+]", "");
        return PHONE.matcher(digits).matches() ? digits : null;
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String name,
            Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value instanceof Enum<?> constant ? constant.name() : value);
        }
    }

    private Map<Long, String> ownerNames(List<Row> rows) {
        return people.displayNames(rows.stream().map(row -> row.ownerId).collect(Collectors.toSet()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("archive_no"), rs.getString("name"), rs.getString("short_name"),
                CustomerKind.valueOf(rs.getString("kind")), LifecycleStage.valueOf(rs.getString("stage")),
                rs.getString("credit_code"), rs.getString("region_code"), rs.getString("mobile"),
                rs.getLong("owner_id"), rs.getInt("completeness"),
                Confidentiality.valueOf(rs.getString("confidentiality")),
                List.of((String[]) rs.getArray("tags").getArray()));
    }

    private record Row(long id, String archiveNo, String name, String shortName, CustomerKind kind,
            LifecycleStage stage, String creditCode, String regionCode, String mobile, long ownerId,
            int completeness, Confidentiality confidentiality, List<String> tags) {

        CustomerSummary summary(String ownerName, boolean pii) {
            return new CustomerSummary(id, archiveNo, name, shortName, kind, stage, creditCode, regionCode,
                    pii ? mobile : Masking.mobile(mobile), ownerId, ownerName, completeness, confidentiality, tags);
        }

        /** Where a page ending in this row ends, in the page's sort. */
        CustomerCursor cursor(CustomerSort sort) {
            String key = switch (sort) {
                case NAME -> name;
                case COMPLETENESS -> Integer.toString(completeness);
                case NEWEST, OLDEST -> null;
            };
            return new CustomerCursor(sort, key, id);
        }
    }
}
