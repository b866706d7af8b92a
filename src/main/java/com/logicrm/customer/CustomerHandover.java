package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.DataScope;
import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.InvalidField;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handover (交接, ARC-13): every current customer of one person, within the caller's data scope, goes
 * to another person in one statement, with a change-history row per customer, one audit row and one
 * handover record. Confidential customers move too (nothing may stay with a person who left), although
 * the caller may not be allowed to open them.
 */
@Service
public class CustomerHandover {

    private static final int LISTED = 100;

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerHandover(JdbcClient jdbc, People people, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:handover')")
    @Transactional
    public Handover handOver(long fromUserId, long toUserId, String reason, SignedInUser user) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "customer.reasonRequired");
        }
        if (fromUserId == toUserId) {
            throw new InvalidField("toUserId", "customer.handover.samePerson");
        }
        Person from = people.find(fromUserId)
                .orElseThrow(() -> new InvalidField("fromUserId", "customer.ownerUnknown", fromUserId));
        Person to = people.find(toUserId).filter(Person::enabled)
                .orElseThrow(() -> new InvalidField("toUserId", "customer.ownerUnknown", toUserId));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String why = reason.trim();
        Map<String, Object> params = new HashMap<>();
        DataScope.ScopePredicate scope = user.dataScope().where("c.owner_id", "c.department_id");
        params.putAll(scope.parameters());
        params.put("from", from.id());
        params.put("fromText", Long.toString(from.id()));
        params.put("to", to.id());
        params.put("toText", Long.toString(to.id()));
        params.put("toDepartment", to.departmentId());
        params.put("now", now);
        params.put("actor", user.getUsername());
        params.put("reason", why);
        // One statement moves the customers, their contacts' copy of the owner (ContactOwners) and
        // writes their history; the version bump makes every form opened before the handover stale, so
        // nobody saves the old owner back.
        int count = jdbc.sql("""
                with moved as (
                    update customer.customer c
                    set owner_id = :to, department_id = :toDepartment, updated_at = :now, version = c.version + 1
                    where c.owner_id = :from and c.stage not in ('RETIRED', 'MERGED') and %s
                    returning c.id),
                contacts as (
                    update customer.contact k set owner_id = :to, department_id = :toDepartment
                    from moved where k.customer_id = moved.id)
                insert into customer.change_record (customer_id, changed_at, actor, field, old_value, new_value, reason)
                select id, :now, :actor, 'ownerId', :fromText, :toText, :reason from moved""".formatted(scope.sql()))
                .params(params)
                .update();
        long id = jdbc.sql("""
                insert into customer.handover (from_user_id, to_user_id, reason, handed_by, handed_at, customer_count)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(from.id(), to.id(), why, user.getUsername(), now, count)
                .query(Long.class).single();
        audit.record("CUSTOMERS_HANDED_OVER", "handover", id, count + " customers " + from.username() + " -> "
                + to.username() + ": " + why);
        events.publishEvent(new CustomersHandedOver(id, from.id(), to.id(), count));
        return handover(id, from.id(), to.id(), why, user.getUsername(), now, count);
    }

    /** The latest handovers, newest first. */
    @PreAuthorize("hasAuthority('customer:handover')")
    @Transactional(readOnly = true)
    public List<Handover> past() {
        return jdbc.sql("""
                select id, from_user_id, to_user_id, reason, handed_by, handed_at, customer_count
                from customer.handover order by handed_at desc, id desc limit ?""")
                .param(LISTED)
                .query((rs, n) -> handover(rs.getLong("id"), rs.getLong("from_user_id"), rs.getLong("to_user_id"),
                        rs.getString("reason"), rs.getString("handed_by"),
                        rs.getObject("handed_at", OffsetDateTime.class), rs.getInt("customer_count")))
                .list();
    }

    private Handover handover(long id, long fromId, long toId, String reason, String by, OffsetDateTime at,
            int count) {
        return new Handover(id, fromId, name(fromId), toId, name(toId), reason, by, at.toInstant(), count);
    }

    private String name(long userId) {
        return people.find(userId).map(Person::displayName).orElse(Long.toString(userId));
    }
}
