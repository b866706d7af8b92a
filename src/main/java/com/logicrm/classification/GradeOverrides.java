package com.logicrm.classification;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual grades (CLS-1): a person who may run classifications sets a customer's grade with a reason;
 * every run from then on reports that grade (beside the computed one) until it is revoked. The
 * customer must be one the person can see; setting and revoking are audited.
 */
@Service
public class GradeOverrides {

    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final CustomerManagement customers;
    private final AuditTrail audit;

    GradeOverrides(JdbcClient jdbc, CustomerManagement customers, AuditTrail audit) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('classification:run')")
    @Transactional
    public GradeOverride set(long customerId, Grade grade, String reason, SignedInUser user) {
        if (grade == null) {
            throw new InvalidField("grade", "classification.override.gradeRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "classification.override.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidField("reason", "classification.override.reasonTooLong", MAX_REASON);
        }
        customers.get(customerId, user);
        revokeCurrent(customerId, user.getUsername());
        jdbc.sql("insert into classification.grade_override (customer_id, grade, reason, set_by) values (?, ?, ?, ?)")
                .params(customerId, grade.name(), reason.strip(), user.getUsername())
                .update();
        audit.record("CUSTOMER_GRADE_SET", "customer", customerId, grade + ": " + reason.strip());
        return current(customerId).orElseThrow();
    }

    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public Optional<GradeOverride> find(long customerId, SignedInUser user) {
        customers.get(customerId, user);
        return current(customerId);
    }

    @PreAuthorize("hasAuthority('classification:run')")
    @Transactional
    public void revoke(long customerId, SignedInUser user) {
        customers.get(customerId, user);
        if (revokeCurrent(customerId, user.getUsername()) == 0) {
            throw new NotFound("classification.override.notFound", customerId);
        }
        audit.record("CUSTOMER_GRADE_REVOKED", "customer", customerId, "manual grade revoked");
    }

    private int revokeCurrent(long customerId, String username) {
        return jdbc.sql("""
                update classification.grade_override set revoked_by = ?, revoked_at = now()
                where customer_id = ? and revoked_at is null""")
                .params(username, customerId).update();
    }

    private Optional<GradeOverride> current(long customerId) {
        return jdbc.sql("""
                select customer_id, grade, reason, set_by, set_at from classification.grade_override
                where customer_id = ? and revoked_at is null""")
                .param(customerId)
                .query((row, n) -> new GradeOverride(row.getLong(1), Grade.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4), row.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }
}
