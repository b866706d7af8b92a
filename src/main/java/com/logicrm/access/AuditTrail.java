package com.logicrm.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail every module writes to. Rows are appended synchronously in the caller's
 * transaction (so a change and its audit row commit or roll back together) and hash-chained.
 * There is deliberately no way to update or delete a row.
 */
@Service
public class AuditTrail {

    /** Serialises appenders across every instance sharing the database, so the chain has no forks. */
    private static final long CHAIN_LOCK = 0x4c6f6769_41756469L;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action of the person behind the current request. */
    public void record(String action, String targetType, Object targetId, String summary) {
        String actor = currentActor();
        String client = currentClientAddress();
        write(() -> append(actor, action, targetType, targetId, summary, client));
    }

    /** Records an action of a named actor (sign-in attempts, where nobody is signed in yet). */
    public void recordFor(String actor, String action, String targetType, Object targetId, String summary) {
        String client = currentClientAddress();
        write(() -> append(actor, action, targetType, targetId, summary, client));
    }

    /**
     * A change is audited inside its own transaction, so both commit or neither does. A read (a view
     * of a confidential record) runs read-only, yet the view must be recorded: then, as outside any
     * transaction, the row is written in a transaction of its own.
     */
    private void write(Runnable append) {
        boolean writableTransaction = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writableTransaction) {
            append.run();
        } else {
            ownTransaction.executeWithoutResult(status -> append.run());
        }
    }

    private void append(String actor, String action, String targetType, Object targetId, String summary,
            String clientAddress) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        String previous = jdbc.sql("select hash from access.audit_event order by id desc limit 1")
                .query(String.class).optional().orElse(AuditHash.GENESIS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String target = targetId == null ? null : String.valueOf(targetId);
        String text = truncate(summary, 1000);
        String who = truncate(actor, 50);
        String hash = AuditHash.of(previous, now, who, action, targetType, target, text, clientAddress);
        jdbc.sql("""
                insert into access.audit_event
                    (occurred_at, actor, action, target_type, target_id, summary, client_address, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), who, action, targetType, target, text,
                        clientAddress, previous, hash)
                .update();
    }

    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        return jdbc.sql("""
                select * from access.audit_event
                where (cast(:actor as text) is null or actor = :actor)
                  and (cast(:action as text) is null or action = :action)
                  and (cast(:targetType as text) is null or target_type = :targetType)
                  and (cast(:targetId as text) is null or target_id = :targetId)
                  and (cast(:from as timestamptz) is null or occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or occurred_at < :to)
                  and (cast(:beforeId as bigint) is null or id < :beforeId)
                order by id desc
                limit :size""")
                .param("actor", blankToNull(query.actor()))
                .param("action", blankToNull(query.action()))
                .param("targetType", blankToNull(query.targetType()))
                .param("targetId", blankToNull(query.targetId()))
                .param("from", utc(query.from()))
                .param("to", utc(query.to()))
                .param("beforeId", query.beforeId())
                .param("size", query.size())
                .query(AuditTrail::entry)
                .list();
    }

    /** Sign-ins per day over the last {@code days} days, oldest first, for the dashboard. */
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public List<DailyCount> dailyCounts(String action, int days) {
        return jdbc.sql("""
                select d::date as day, count(e.id) as events
                from generate_series(current_date - (:days - 1), current_date, interval '1 day') d
                left join access.audit_event e
                  on e.action = :action and e.occurred_at >= d and e.occurred_at < d + interval '1 day'
                group by d order by d""")
                .param("days", days)
                .param("action", action)
                .query((row, number) -> new DailyCount(row.getObject("day", java.time.LocalDate.class),
                        row.getLong("events")))
                .list();
    }

    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public long countSince(Instant since) {
        return jdbc.sql("select count(*) from access.audit_event where occurred_at >= ?")
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).query(Long.class).single();
    }

    /** Re-computes the chain from the first row and reports the first row that does not hold. */
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
        long[] rows = {0};
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        try (var stream = jdbc.sql("select * from access.audit_event order by id").withFetchSize(1000)
                .query(AuditTrail::entry).stream()) {
            stream.takeWhile(entry -> broken.get() == null).forEach(entry -> {
                rows[0]++;
                if (!entry.previousHash().equals(previous.get())) {
                    broken.set(ChainVerification.broken(rows[0], entry.id(), "LINK_BROKEN"));
                    return;
                }
                String expected = AuditHash.of(entry.previousHash(), entry.occurredAt(), entry.actor(),
                        entry.action(), entry.targetType(), entry.targetId(), entry.summary(), entry.clientAddress());
                if (!expected.equals(entry.hash())) {
                    broken.set(ChainVerification.broken(rows[0], entry.id(), "CONTENT_CHANGED"));
                    return;
                }
                previous.set(entry.hash());
            });
        }
        return broken.get() != null ? broken.get() : ChainVerification.intact(rows[0]);
    }

    private static AuditEntry entry(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("action"), row.getString("target_type"),
                row.getString("target_id"), row.getString("summary"), row.getString("client_address"),
                row.getString("previous_hash"), row.getString("hash"));
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        return authentication.getName();
    }

    static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
