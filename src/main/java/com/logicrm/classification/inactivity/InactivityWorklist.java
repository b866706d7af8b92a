package com.logicrm.classification.inactivity;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.classification.ScopedPages;
import com.logicrm.customer.CustomerDirectory;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import com.logicrm.shared.jobs.Jobs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the inactivity worklist (CLS-9): customers without an order for longer than their
 * grade allows, longest silent first, each reader seeing their own; recording the reason found takes a
 * customer off the list until it orders and falls silent again.
 */
@Service
public class InactivityWorklist {

    static final int MAX_NOTE = 500;
    static final int MAX_PAGE = 200;
    static final String SCHEDULER = "scheduler";

    private final InactivityStore store;
    private final InactivityRefresh refresh;
    private final CustomerDirectory directory;
    private final Jobs jobs;
    private final AuditTrail audit;
    private final Clock clock;

    InactivityWorklist(InactivityStore store, InactivityRefresh refresh, CustomerDirectory directory, Jobs jobs,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.refresh = refresh;
        this.directory = directory;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open items the reader may see after the given position (nulls: from the start), of one grade when given. */
    @PreAuthorize("hasAuthority('classification:read') and hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public InactivityPage worklist(String grade, LocalDate afterDate, Long afterId, int size, SignedInUser user) {
        String wanted = grade == null || grade.isBlank() ? null : grade.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted != null && !refresh.policy().days().containsKey(wanted)) {
            throw new InvalidField("grade", "inactivity.grade.unknown");
        }
        LocalDate today = LocalDate.now(clock);
        InactivityStore.Key start = new InactivityStore.Key(afterDate == null ? LocalDate.of(1, 1, 1) : afterDate,
                afterId == null ? 0 : afterId);
        ScopedPages.Page<InactiveCustomer, InactivityStore.Key> page = ScopedPages.fill(
                (after, batch) -> store.open(wanted, after, batch), InactivityStore.Item::customerId,
                item -> new InactivityStore.Key(item.lastOrderOn(), item.customerId()),
                (item, customer) -> new InactiveCustomer(item.customerId(), customer.archiveNo(), customer.name(),
                        InactivityPolicy.UNGRADED.equals(item.grade()) ? null : item.grade(), item.lastOrderOn(),
                        ChronoUnit.DAYS.between(item.lastOrderOn(), today), item.thresholdDays(), item.foundOn()),
                start, Math.max(1, Math.min(size, MAX_PAGE)), directory, user);
        InactivityStore.Key next = page.nextAfter();
        return new InactivityPage(page.items(), next == null ? null : next.lastOrderOn(),
                next == null ? null : next.customerId());
    }

    /** Records what following up the customer found; the customer leaves the list. */
    @PreAuthorize("hasAuthority('classification:followup')")
    @Transactional
    public void resolve(long customerId, FollowUpReason reason, String note, SignedInUser user) {
        if (directory.visible(List.of(customerId), user).isEmpty()) {
            throw new NotFound("inactivity.notListed", customerId);
        }
        InactivityStore.Item item = store.openOf(customerId)
                .orElseThrow(() -> new NotFound("inactivity.notListed", customerId));
        if (reason == null) {
            throw new InvalidField("reason", "inactivity.reason.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == FollowUpReason.OTHER && text == null) {
            throw new InvalidField("note", "inactivity.note.requiredForOther");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidField("note", "inactivity.note.tooLong", MAX_NOTE);
        }
        store.resolve(item, reason, text, user.getUsername(), clock.instant());
        audit.record("INACTIVITY_FOLLOWED_UP", "customer", customerId,
                "last order " + item.lastOrderOn() + ": " + reason + (text == null ? "" : " " + text));
    }

    /** Looks for silent customers now, in the background; returns the job's id. */
    @PreAuthorize("hasAuthority('classification:run')")
    @Transactional
    public long refresh(SignedInUser user) {
        return jobs.submit(InactivityRefresh.JOB_KIND, user.getUsername(), "");
    }

    /** Days without an order after which each grade is listed. */
    @PreAuthorize("hasAuthority('classification:read')")
    public Map<String, Integer> thresholds() {
        return refresh.policy().days();
    }
}
