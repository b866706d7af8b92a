package com.logicrm.classification.screening;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.classification.ScopedPages;
import com.logicrm.customer.CustomerDirectory;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shared.jobs.Jobs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the year-end screening (年末筛选, CLS-8): screen a year over one's data scope — a
 * background job assessing every customer with orders in it by the five measures and the rules — read
 * its customers with their recommendations, and record a decision with a reason, which is audited and
 * carried into the customer's archive of the next year.
 */
@Service
public class YearEndScreening {

    static final String JOB_KIND = "classification-screening";
    static final String SCREEN_PERMISSION = "classification:screen";
    static final int MAX_REASON = 500;
    static final int MAX_PAGE = 200;
    private static final int FIRST_YEAR = 2000;

    private final ScreeningStore store;
    private final Jobs jobs;
    private final CustomerDirectory directory;
    private final DecisionFiling filing;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    YearEndScreening(ScreeningStore store, Jobs jobs, CustomerDirectory directory, DecisionFiling filing,
            AuditTrail audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.directory = directory;
        this.filing = filing;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Starts screening {@code year} with {@code rules} (defaults where missing); refused (400) for contradictory rules. */
    @PreAuthorize("hasAuthority('classification:screen')")
    @Transactional
    public ScreeningView start(Integer year, ScreeningRules rules, SignedInUser user) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < FIRST_YEAR || year > thisYear) {
            throw new InvalidField("year", "screening.year.invalid", FIRST_YEAR, thisYear);
        }
        ScreeningPolicy policy = new ScreeningPolicy(rules);
        long id = store.insert(year, policy.rules(), user.getUsername());
        store.attachJob(id, jobs.submit(JOB_KIND, user.getUsername(), Long.toString(id)));
        return view(found(id));
    }

    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public ScreeningView get(long id, SignedInUser user) {
        return view(found(id));
    }

    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public List<ScreeningView> recent(int limit, SignedInUser user) {
        return store.recent(Math.max(1, Math.min(limit, 100))).stream().map(this::view).toList();
    }

    /**
     * A page of the screening's customers the reader may see, in id order after {@code afterId}, of one
     * recommendation and/or decision when given; {@code undecided} keeps those without a decision.
     */
    @PreAuthorize("hasAuthority('classification:read') and hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public ScreeningPage lines(long id, Recommendation recommendation, Recommendation decision, boolean undecided,
            long afterId, int size, SignedInUser user) {
        found(id);
        ScopedPages.Page<ScreeningLine, Long> page = ScopedPages.fill(
                (after, batch) -> store.results(id, recommendation, decision, undecided, after, batch),
                ScreeningStore.Result::customerId, ScreeningStore.Result::customerId,
                (result, customer) -> line(id, result, customer), Math.max(0, afterId),
                Math.max(1, Math.min(size, MAX_PAGE)), directory, user);
        return new ScreeningPage(page.items(), page.nextAfter());
    }

    @PreAuthorize("hasAuthority('classification:read') and hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public ScreeningLine line(long id, long customerId, SignedInUser user) {
        found(id);
        return visibleLine(id, customerId, user);
    }

    /**
     * Records the decision on one customer with a reason: audited, and filed into the customer's archive
     * of the next year (at once when that year has begun, else when it begins).
     */
    @PreAuthorize("hasAuthority('classification:screen') and hasAuthority('customer:write')")
    @Transactional
    public ScreeningLine decide(long id, long customerId, Recommendation decision, String reason, SignedInUser user) {
        ScreeningStore.Screening screening = found(id);
        visibleLine(id, customerId, user);
        if (decision == null) {
            throw new InvalidField("decision", "screening.decision.required");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidField("reason", "screening.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidField("reason", "screening.reason.tooLong", MAX_REASON);
        }
        Instant now = clock.instant();
        String catalogueNo = filing.file(screening.year(), customerId, decision, why, LocalDate.now(clock), user)
                .orElse(null);
        store.decide(id, customerId, decision, why, user.getUsername(), now, catalogueNo);
        audit.record("SCREENING_DECIDED", "customer", customerId,
                "screening=" + id + " year=" + screening.year() + " decision=" + decision
                        + (catalogueNo == null ? "" : " filed=" + catalogueNo) + ": " + why);
        return visibleLine(id, customerId, user);
    }

    private ScreeningLine visibleLine(long id, long customerId, SignedInUser user) {
        ScreeningStore.Result result = store.result(id, customerId)
                .orElseThrow(() -> new ScreeningNotFound(id, customerId));
        return directory.visible(List.of(customerId), user).stream().findFirst()
                .map(customer -> line(id, result, customer))
                .orElseThrow(() -> new ScreeningNotFound(id, customerId));
    }

    private static ScreeningLine line(long id, ScreeningStore.Result result, CustomerDirectory.Listed customer) {
        return new ScreeningLine(id, result.customerId(), customer.archiveNo(), customer.name(), result.measures(),
                result.recommendation(), result.findings(), result.decision(), result.decisionReason(),
                result.decidedBy(), result.decidedAt(), result.catalogueNo());
    }

    private ScreeningStore.Screening found(long id) {
        return store.find(id).orElseThrow(() -> new ScreeningNotFound(id));
    }

    private ScreeningView view(ScreeningStore.Screening s) {
        int percent = s.state() == ScreeningState.SUCCEEDED ? 100
                : s.jobId() == null ? 0 : jobs.find(s.jobId()).map(Job::percent).orElse(0);
        String failure = s.failure() == null ? null
                : messages.getMessage(s.failure(), null, s.failure(), LocaleContextHolder.getLocale());
        return new ScreeningView(s.id(), s.year(), s.state(), percent, s.rules(), s.startedBy(), s.createdAt(),
                s.finishedAt(), s.customers(), failure);
    }
}
