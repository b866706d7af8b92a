package com.logicrm.bench;

import com.logicrm.access.DataScope;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.BenchCustomers;
import com.logicrm.customer.CustomerQuery;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The baseline of a search: the same SQL text and parameters that {@code CustomerSearch} sends for a
 * query and a user, run through a bare {@link JdbcClient} — no security proxy, no transaction, no
 * owner names, no masking. Covers the criteria the benchmark uses (scope, confidentiality, stage,
 * search box, owner, region, cursor); the runner checks once per operation that both return the same ids.
 * It runs on connections of its own (see the constructor).
 */
final class BareSearch {

    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-Z]{2,18}");
    private static final Pattern PHONE = Pattern.compile("[0-9-]{5,20}");

    private final JdbcClient jdbc;
    private final JdbcClient customPlans;

    /**
     * Two connections of their own, outside the application's pool: one as the driver and server
     * plan by default, one planning every execution for its values
     * ({@code plan_cache_mode = force_custom_plan}), which is what the application's search sets for
     * a search-box text. So the baseline differs from the application by its layers only.
     */
    BareSearch(DataSource pooled) {
        this.jdbc = dedicatedConnection(pooled);
        this.customPlans = dedicatedConnection(pooled);
        customPlans.sql("set plan_cache_mode = force_custom_plan").update();
    }

    private static JdbcClient dedicatedConnection(DataSource pooled) {
        try {
            HikariDataSource hikari = pooled.unwrap(HikariDataSource.class);
            return JdbcClient.create(new SingleConnectionDataSource(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword(), true));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Long> ids(CustomerQuery query, SignedInUser user) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        DataScope.ScopePredicate scope = user.dataScope().where("c.owner_id", "c.department_id");
        String visible = scope.sql();
        if (!user.holds("customer:confidential")) {
            visible = "(" + visible + ") and c.confidentiality in ('ORDINARY', 'INTERNAL')";
        }
        where.add("(" + visible + ")");
        params.putAll(scope.parameters());
        where.add(query.stage() == null ? "c.stage not in ('RETIRED', 'MERGED')" : "c.stage = :stage");
        if (query.stage() != null) {
            params.put("stage", query.stage().name());
        }
        text(query.q(), where, params);
        if (query.ownerId() != null) {
            where.add("c.owner_id = :ownerId");
            params.put("ownerId", query.ownerId());
        }
        if (query.regionCode() != null) {
            where.add("c.region_code like :regionPrefix");
            params.put("regionPrefix", regionPrefix(query.regionCode()) + "%");
        }
        if (query.cursor() != null) {
            where.add("c.id < :cursor");
            params.put("cursor", Long.parseLong(query.cursor()));
        }
        params.put("limit", query.size() + 1);
        String sql = """
                select c.id, c.archive_no, c.name, c.short_name, c.kind, c.stage, c.credit_code, c.region_code,
                       c.mobile, c.owner_id, c.completeness, c.confidentiality
                from customer.customer c
                where """ + String.join("\n  and ", where) + "\norder by c.id desc\nlimit :limit";
        JdbcClient client = query.q() != null && !query.q().isBlank() ? customPlans : jdbc;
        List<Long> ids = client.sql(sql).params(params).query((rs, n) -> {
            rs.getString("archive_no");
            rs.getString("name");
            rs.getString("short_name");
            rs.getString("kind");
            rs.getString("stage");
            rs.getString("credit_code");
            rs.getString("region_code");
            rs.getString("mobile");
            rs.getLong("owner_id");
            rs.getInt("completeness");
            rs.getString("confidentiality");
            return rs.getLong("id");
        }).list();
        return ids.size() > query.size() ? ids.subList(0, query.size()) : ids;
    }

    /** The customer card's own read: the row by primary key. */
    Map<String, Object> card(long id) {
        return jdbc.sql("select * from customer.customer where id = ?").param(id).query().singleRow();
    }

    private static void text(String q, List<String> where, Map<String, Object> params) {
        if (q == null || q.isBlank()) {
            return;
        }
        String text = q.trim();
        List<String> alternatives = new ArrayList<>();
        String[] grams = BenchCustomers.queryGrams(text);
        if (grams.length == 1 && grams[0].equals(text.toLowerCase(Locale.ROOT))) {
            alternatives.add("c.search_grams @> cast(:grams as text[])");
            params.put("grams", grams);
        } else if (grams.length > 0) {
            alternatives.add("(c.search_grams @> cast(:grams as text[]) and "
                    + "(lower(c.name) like :like escape '\\' or lower(coalesce(c.short_name, '')) like :like escape '\\'))");
            params.put("grams", grams);
            params.put("like", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
        if (CODE_PREFIX.matcher(upper).matches() && upper.chars().anyMatch(Character::isDigit)) {
            alternatives.add("c.credit_code like :codePrefix");
            params.put("codePrefix", upper + "%");
        }
        String digits = text.replaceAll("[\\s+]", "");
        if (PHONE.matcher(digits).matches()) {
            alternatives.add("(c.mobile = :phone or c.phone = :phone)");
            params.put("phone", digits.startsWith("86") && digits.length() == 13 ? digits.substring(2) : digits);
        }
        where.add(alternatives.isEmpty() ? "false" : "(" + String.join(" or ", alternatives) + ")");
    }

    private static String regionPrefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }
}
