package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.DataScope;
import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.access.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly review (动态管理, ARC-10): current customers in scope not reviewed within
 * {@code logicrm.customer.review-after} (12 months unless configured), oldest first, and the act of
 * marking one reviewed, which is history like any other change.
 */
@Service
public class CustomerReview {

    private static final int LISTED = 200;

    private final JdbcClient jdbc;
    private final CustomerRepository customers;
    private final CustomerVisibility visibility;
    private final ChangeHistory history;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period interval;

    CustomerReview(JdbcClient jdbc, CustomerRepository customers,
            CustomerVisibility visibility, ChangeHistory history, People people, AuditTrail audit, Clock clock,
            @Value("${logicrm.customer.review-after:P12M}") Period interval) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.visibility = visibility;
        this.history = history;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.interval = interval;
    }

    /** At most 200 customers due for review, the longest unreviewed first. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<ReviewDue> due(SignedInUser user) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        DataScope.ScopePredicate scope = user.dataScope().where("c.owner_id", "c.department_id");
        where.add(scope.sql());
        params.putAll(scope.parameters());
        if (!user.holds(CustomerVisibility.CONFIDENTIAL)) {
            where.add("c.confidentiality in ('ORDINARY', 'INTERNAL')");
        }
        where.add("c.stage not in ('RETIRED', 'MERGED')");
        where.add("(c.reviewed_at < :cutoff or c.reviewed_at is null)");
        params.put("cutoff", OffsetDateTime.ofInstant(cutoff(), ZoneOffset.UTC));
        params.put("limit", LISTED);
        Map<Long, String> names = new HashMap<>();
        return jdbc.sql("select c.id, c.archive_no, c.name, c.owner_id, c.reviewed_at from customer.customer c where "
                        + String.join(" and ", where) + " order by c.reviewed_at nulls first, c.id limit :limit")
                .params(params)
                .query((rs, n) -> {
                    long ownerId = rs.getLong("owner_id");
                    OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
                    return new ReviewDue(rs.getLong("id"), rs.getString("archive_no"), rs.getString("name"), ownerId,
                            names.computeIfAbsent(ownerId, this::ownerName),
                            reviewed == null ? null : reviewed.toInstant());
                })
                .list();
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerView markReviewed(long id, SignedInUser user) {
        Customer customer = visibility.visible(id, user);
        Instant before = customer.reviewedAt();
        Instant now = clock.instant();
        customer.markReviewed(now);
        try {
            customers.save(customer);
        } catch (RuntimeException failure) {
            throw CustomerManagement.concurrentSave(failure) ? new StaleCustomer(customer.archiveNo()) : failure;
        }
        history.record(id, user.getUsername(), now,
                Map.of("reviewedAt", new String[] {before == null ? null : before.toString(), now.toString()}),
                "reviewed");
        audit.record("CUSTOMER_REVIEWED", "customer", id, customer.archiveNo());
        return visibility.view(customer, user);
    }

    /** How long a profile may go unreviewed (ARC-10: a year). */
    public Period interval() {
        return interval;
    }

    Instant cutoff() {
        return clock.instant().atZone(ZoneOffset.UTC).minus(interval).toInstant();
    }

    private String ownerName(long ownerId) {
        return people.find(ownerId).map(Person::displayName).orElse("");
    }
}
