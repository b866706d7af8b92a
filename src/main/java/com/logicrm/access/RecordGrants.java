package com.logicrm.access;

import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants that let one person see one confidential record for a period (SEC-2). Modules ask
 * {@link #grantedIds} for the records of a type a user may currently see and pass them into their
 * queries; they never read this table themselves.
 */
@Service
public class RecordGrants {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    RecordGrants(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('governance:approve')")
    @Transactional
    public RecordGrant grant(long userId, String targetType, long targetId, Instant until, String reason) {
        Instant now = clock.instant();
        if (people.find(userId).isEmpty()) {
            throw new InvalidField("userId", "grant.userUnknown", userId);
        }
        if (until == null || !until.isAfter(now)) {
            throw new InvalidField("validUntil", "grant.untilInPast");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "grant.reasonRequired");
        }
        long id = jdbc.sql("""
                insert into access.record_grant (user_id, target_type, target_id, valid_from, valid_until, reason, granted_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, targetType, targetId, utc(now), utc(until), reason.trim(), AuditTrail.currentActor())
                .query(Long.class).single();
        audit.record("RECORD_GRANTED", targetType, targetId, "user " + userId + " until " + until + ": " + reason.trim());
        return find(id);
    }

    @PreAuthorize("hasAuthority('governance:approve')")
    @Transactional
    public void revoke(long grantId) {
        RecordGrant grant = find(grantId);
        jdbc.sql("update access.record_grant set revoked_at = ? where id = ? and revoked_at is null")
                .params(utc(clock.instant()), grantId).update();
        audit.record("RECORD_GRANT_REVOKED", grant.targetType(), grant.targetId(), "grant " + grantId);
    }

    /** Every grant on a record, newest first, for the people who manage them. */
    @PreAuthorize("hasAuthority('governance:approve')")
    @Transactional(readOnly = true)
    public List<RecordGrant> on(String targetType, long targetId) {
        return jdbc.sql("select * from access.record_grant where target_type = ? and target_id = ? order by id desc")
                .params(targetType, targetId).query(this::grant).list();
    }

    /** The records of a type this user may see right now through a grant. */
    @Transactional(readOnly = true)
    public Set<Long> grantedIds(long userId, String targetType) {
        OffsetDateTime now = utc(clock.instant());
        return Set.copyOf(jdbc.sql("""
                select target_id from access.record_grant
                where user_id = ? and target_type = ? and revoked_at is null and valid_from <= ? and valid_until > ?""")
                .params(userId, targetType, now, now)
                .query(Long.class).list());
    }

    private RecordGrant find(long id) {
        return jdbc.sql("select * from access.record_grant where id = ?").param(id).query(this::grant).optional()
                .orElseThrow(() -> new NotFound("grant.notFound", id));
    }

    private RecordGrant grant(ResultSet row, int number) throws SQLException {
        long userId = row.getLong("user_id");
        OffsetDateTime revoked = row.getObject("revoked_at", OffsetDateTime.class);
        return new RecordGrant(row.getLong("id"), userId,
                people.find(userId).map(Person::displayName).orElse(String.valueOf(userId)),
                row.getString("target_type"), row.getLong("target_id"),
                row.getObject("valid_from", OffsetDateTime.class).toInstant(),
                row.getObject("valid_until", OffsetDateTime.class).toInstant(), row.getString("reason"),
                row.getString("granted_by"), revoked == null ? null : revoked.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
