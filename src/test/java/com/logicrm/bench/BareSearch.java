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
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The baseline of a search: the same SQL text and parameters that {@code CustomerSearch} sends for a
 * query and a user, run through a bare {@link JdbcClient} — no security proxy, no transaction, no
 * owner names, no masking. Covers the criteria the benchmark uses (scope, confidentiality, stage,
 * search box, owner, region, cursor); the search box's conditions are taken from the application's
 * own builder, the rest is written here. The runner checks once per operation that both return the same ids.
 * It runs on connections of its own (see the constructor).
 */
final class BareSearch {

    private final JdbcClient jdbc;
    private final JdbcClient customPlans;
    private final ApplicationContext application;

    /**
     * Two connections of their own, outside the application's pool: one as the driver and server
     * plan by default, one planning every execution for its values
     * ({@code plan_cache_mode = force_custom_plan}), which is what the application's search sets for
     * a search-box text. So the baseline differs from the application by its layers only.
     */
    BareSearch(DataSource pooled, ApplicationContext application) {
        this.application = application;
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
        if (query.ownerId() != null) {
            where.add("c.owner_id = :ownerId");
            params.put("ownerId", query.ownerId());
        }
        // the region's conditions depend on the scope and owner; taken from the application, as the text's
        BenchCustomers.region(query, user.dataScope(), where, params);
        if (query.cursor() != null) {
            where.add("c.id < :cursor");
            params.put("cursor", Long.parseLong(query.cursor()));
        }
        params.put("limit", query.size() + 1);
        // the search box's conditions come from the application's own builder, so they cannot drift
        BenchCustomers.SearchText text = BenchCustomers.searchText(query.q(), params, user.dataScope(), application);
        String select = """
                select c.id, c.archive_no, c.name, c.short_name, c.kind, c.stage, c.credit_code, c.region_code,
                       c.mobile, c.owner_id, c.completeness, c.confidentiality, c.tags
                from customer.customer c
                where """ + String.join("\n  and ", where);
        String page = "\norder by c.id desc\nlimit :limit";
        String sql = text == null ? select + page
                : text.contacts() == null ? select + "\n  and " + text.customer() + page
                : "select * from ((" + select + "\n  and " + text.customer() + page + ")\nunion\n(" + select
                        + "\n  and " + text.contacts() + page + ")) c" + page;
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
}
