package com.logicrm.customer;

import com.logicrm.access.People;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Confidentiality;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads whole customer lists for exports: exactly the rows the list with the same query shows (same
 * scope, confidentiality, grants, filters and search box, from {@link CustomerSearch#conditions}),
 * streamed from a server-side cursor so that a million rows never sit in memory, masked like the list.
 */
@Service
public class CustomerExtract {

    private static final int FETCH = 2_000;
    private final JdbcClient jdbc;
    private final CustomerSearch search;
    private final People people;

    CustomerExtract(JdbcClient jdbc, CustomerSearch search, People people) {
        this.jdbc = jdbc;
        this.search = search;
        this.people = people;
    }

    /** How many rows the query selects, counting no further than {@code cap} (never the whole archive). */
    @PreAuthorize("hasAuthority('customer:export')")
    @Transactional(readOnly = true)
    public int countUpTo(CustomerQuery query, SignedInUser user, int cap) {
        CustomerSearch.Conditions conditions = search.conditions(query, user);
        Map<String, Object> params = new HashMap<>(conditions.params());
        params.put("cap", cap);
        return jdbc.sql("select count(*) from (select 1 from customer.customer c where " + conditions.all()
                + " limit :cap) capped").params(params).query(Integer.class).single();
    }

    /** Whether any selected row is at 机密 or above (only possible for those who may see such rows). */
    @PreAuthorize("hasAuthority('customer:export')")
    @Transactional(readOnly = true)
    public boolean includesConfidential(CustomerQuery query, SignedInUser user) {
        CustomerSearch.Conditions conditions = search.conditions(query, user);
        return jdbc.sql("select exists (select 1 from customer.customer c where " + conditions.all()
                + " and c.confidentiality in ('CONFIDENTIAL', 'TOP_SECRET'))")
                .params(conditions.params()).query(Boolean.class).single();
    }

    /**
     * How many current customers in the caller's reach were filed from each source (COL-1); the key
     * {@code ""} counts those without one. One grouped scan of the index on {@code source}.
     */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public Map<String, Long> countBySource(SignedInUser user) {
        CustomerSearch.Conditions conditions = search.conditions(CustomerQuery.all(1), user);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select coalesce(c.source, '') as source, count(*) as customers from customer.customer c where "
                + conditions.all() + " group by 1 order by 2 desc")
                .params(conditions.params())
                .query(row -> {
                    counts.put(row.getString("source"), row.getLong("customers"));
                });
        return counts;
    }

    /** Which of these customers the caller may see (current ones, in scope, cleared or granted). */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(Collection<Long> ids, SignedInUser user) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        CustomerSearch.Conditions conditions = search.conditions(CustomerQuery.all(1), user);
        Map<String, Object> params = new HashMap<>(conditions.params());
        params.put("ids", ids);
        return Set.copyOf(jdbc.sql("select c.id from customer.customer c where c.id in (:ids) and " + conditions.all())
                .params(params).query(Long.class).list());
    }

    /** Hands every selected row to {@code each}, in archive order (oldest first); returns the count. */
    @PreAuthorize("hasAuthority('customer:export')")
    @Transactional(readOnly = true) // a server-side cursor needs a transaction
    public long stream(CustomerQuery query, SignedInUser user, Consumer<ExportedCustomer> each) {
        CustomerSearch.Conditions conditions = search.conditions(query, user);
        boolean pii = user.holds(CustomerVisibility.PII);
        Map<Long, String> owners = new HashMap<>();
        long[] count = {0};
        jdbc.sql("""
                select c.id, c.archive_no, c.name, c.short_name, c.kind, c.category, c.stage, c.credit_code,
                       c.region_code, c.address, c.industry, c.phone, c.mobile, c.email, c.website, c.needs_segment,
                       c.tags, c.owner_id, c.completeness, c.confidentiality, c.created_at
                from customer.customer c
                where """ + " " + conditions.all() + "\norder by c.id")
                .params(conditions.params())
                .withFetchSize(FETCH)
                .query(row -> {
                    long ownerId = row.getLong("owner_id");
                    String owner = owners.computeIfAbsent(ownerId,
                            id -> people.displayNames(Set.of(id)).getOrDefault(id, ""));
                    each.accept(exported(row, owner, pii));
                    count[0]++;
                });
        return count[0];
    }

    private static ExportedCustomer exported(ResultSet row, String owner, boolean pii) throws SQLException {
        CustomerKind kind = CustomerKind.valueOf(row.getString("kind"));
        boolean individual = kind == CustomerKind.INDIVIDUAL;
        String segment = row.getString("needs_segment");
        String phone = row.getString("phone");
        String email = row.getString("email");
        return new ExportedCustomer(row.getLong("id"), row.getString("archive_no"), row.getString("name"),
                row.getString("short_name"), kind, CustomerCategory.valueOf(row.getString("category")),
                LifecycleStage.valueOf(row.getString("stage")), row.getString("credit_code"),
                row.getString("region_code"), row.getString("address"), row.getString("industry"),
                pii || !individual ? phone : Masking.landline(phone),
                pii ? row.getString("mobile") : Masking.mobile(row.getString("mobile")),
                pii || !individual ? email : Masking.email(email), row.getString("website"),
                segment == null ? null : NeedsSegment.valueOf(segment),
                List.of((String[]) row.getArray("tags").getArray()), owner, row.getInt("completeness"),
                Confidentiality.valueOf(row.getString("confidentiality")),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
