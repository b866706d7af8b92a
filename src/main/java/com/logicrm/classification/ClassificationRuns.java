package com.logicrm.classification;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shared.jobs.Jobs;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of classification runs (CLS-1 to CLS-7): start
 * one for a period and basis with the default or the given thresholds — it runs as a background job — follow its progress, read its
 * summary and customers, and compare it with another run. One run at a time: a second while one
 * waits or runs is refused.
 */
@Service
public class ClassificationRuns {

    static final String JOB_KIND = "classification-run";
    static final String RUN_PERMISSION = "classification:run";
    /** The longest period one run covers. */
    static final int MAX_PERIOD_YEARS = 10;
    static final int MAX_PAGE = 200;

    /** The customer page shows this many runs of a customer's grade history. */
    static final int HISTORY_RUNS = 20;

    private final RunStore runs;
    private final RunResults results;
    private final ScopedRunCustomers scoped;
    private final Jobs jobs;
    private final MessageSource messages;
    private final CustomerManagement customers;

    ClassificationRuns(RunStore runs, RunResults results, ScopedRunCustomers scoped, Jobs jobs,
            MessageSource messages, CustomerManagement customers) {
        this.runs = runs;
        this.results = results;
        this.scoped = scoped;
        this.jobs = jobs;
        this.messages = messages;
        this.customers = customers;
    }

    @PreAuthorize("hasAuthority('classification:run')")
    @Transactional
    public RunView start(RunRequest request, SignedInUser user) {
        if (request.periodFrom() == null) {
            throw new InvalidField("periodFrom", "classification.period.required");
        }
        if (request.periodTo() == null) {
            throw new InvalidField("periodTo", "classification.period.required");
        }
        if (request.periodTo().isBefore(request.periodFrom())) {
            throw new InvalidField("periodTo", "classification.period.reversed");
        }
        if (request.periodFrom().plusYears(MAX_PERIOD_YEARS).isBefore(request.periodTo())) {
            throw new InvalidField("periodTo", "classification.period.tooLong", MAX_PERIOD_YEARS);
        }
        AbcPolicy abc = new AbcPolicy(request.rules());
        RfmPolicy rfm = new RfmPolicy(request.rfm(), request.periodTo());
        StarPolicy stars = new StarPolicy(request.stars());
        LoyaltyPolicy loyalty = new LoyaltyPolicy(request.loyalty());
        QuadrantPolicy quadrants = new QuadrantPolicy(request.quadrants());
        runs.active().ifPresent(this::refuseUnlessAbandoned);
        Basis basis = request.basis() == null ? Basis.REVENUE : request.basis();
        long id = runs.insert(request.periodFrom(), request.periodTo(), basis,
                new RunStore.Settings(abc.rules(), rfm.levels(), stars.rules(), loyalty.rules(),
                        quadrants.rules()), rfm.referenceDate(), user.getUsername());
        runs.attachJob(id, jobs.submit(JOB_KIND, user.getUsername(), Long.toString(id)));
        return view(runs.find(id).orElseThrow(() -> new RunNotFound(id)), false);
    }

    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public RunView get(long id, SignedInUser user) {
        return view(runs.find(id).orElseThrow(() -> new RunNotFound(id)), true);
    }

    /** The newest runs first, without their summaries. */
    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public List<RunView> recent(int limit, SignedInUser user) {
        return runs.recent(Math.max(1, Math.min(limit, 100))).stream().map(run -> view(run, false)).toList();
    }

    /** The newest succeeded run, if any. */
    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public Optional<RunView> latest(SignedInUser user) {
        return runs.recent(100).stream().filter(run -> run.state() == RunState.SUCCEEDED).findFirst()
                .map(run -> view(run, true));
    }

    /**
     * A page of a run's customers in rank order after {@code afterRank} (0 for the first page), of one
     * grade and/or segment when given, named, and only those the reader may see (data scope and
     * confidentiality as in the archive).
     */
    @PreAuthorize("hasAuthority('classification:read') and hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public RunCustomerPage customers(long id, CustomerFilter filter, int afterRank, int size, SignedInUser user) {
        runs.find(id).orElseThrow(() -> new RunNotFound(id));
        return scoped.page(id, filter == null ? CustomerFilter.ALL : filter, Math.max(0, afterRank),
                Math.max(1, Math.min(size, MAX_PAGE)), user);
    }

    /**
     * The best-vs-loyal scatter of a succeeded run: at most a few thousand customers evenly spread over
     * the ranking, without who they are, so it is as open as the summary.
     */
    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public List<ScatterPoint> scatter(long id, SignedInUser user) {
        RunStore.Run run = runs.find(id).orElseThrow(() -> new RunNotFound(id));
        return run.customers() == null ? List.of() : results.scatter(id, run.customers());
    }

    /**
     * One customer's classification: the newest succeeded run it was in with the figures behind its
     * scores, and its grades run by run. The customer must be visible to the reader (the archive decides).
     */
    @PreAuthorize("hasAuthority('classification:read') and hasAuthority('customer:read')")
    @Transactional
    public CustomerClassification ofCustomer(long customerId, SignedInUser user) {
        customers.get(customerId, user);
        CustomerClassification.Current current = results.latestRunOf(customerId)
                .flatMap(runs::find)
                .flatMap(run -> results.latestOf(customerId, run.id()).map(scores -> current(run, scores)))
                .orElse(null);
        return new CustomerClassification(customerId, current, results.history(customerId, HISTORY_RUNS));
    }

    private CustomerClassification.Current current(RunStore.Run run, RunCustomer scores) {
        LoyaltyModel model = runs.loyaltyModel(run.id()).orElse(null);
        StarPolicy stars = new StarPolicy(run.settings().stars());
        CustomerClassification.LoyaltyInputs inputs = null;
        if (model != null) {
            double scale = model.yearScale();
            double quantity = model.quantityBasis() == LoyaltyRules.QuantityBasis.WEIGHT
                    ? scores.weightKg().doubleValue() : scores.pieces();
            inputs = new CustomerClassification.LoyaltyInputs(scores.orders() * scale, scores.serviceTypes(),
                    quantity * scale, scores.netRevenue().doubleValue() * scale);
        }
        int star = Math.max(1, scores.star());
        return new CustomerClassification.Current(run.id(), run.periodFrom(), run.periodTo(), run.basis(),
                run.customers() == null ? 0 : run.customers(), scores, StarPolicy.name(star),
                stars.visitsPerYear(star), inputs, model);
    }

    /** Whether {@code user} may read a run's customers one by one: those they may see in the archive. */
    public boolean mayList(SignedInUser user) {
        return user.holds("customer:read");
    }

    /** How customers moved between the grades of run {@code earlier} and run {@code id}. */
    @PreAuthorize("hasAuthority('classification:read')")
    @Transactional(readOnly = true)
    public List<GradeMove> compare(long id, long earlier, SignedInUser user) {
        runs.find(id).orElseThrow(() -> new RunNotFound(id));
        runs.find(earlier).orElseThrow(() -> new RunNotFound(earlier));
        return results.moves(id, earlier);
    }

    /** A run whose job has ended without it (its instance died) no longer blocks the next one. */
    private void refuseUnlessAbandoned(RunStore.Run active) {
        Optional<Job> job = active.jobId() == null ? Optional.empty() : jobs.find(active.jobId());
        if (job.isPresent() && job.get().status().finished()) {
            runs.fail(active.id(), "classification.run.abandoned");
            return;
        }
        throw new RunBusy(active.id());
    }

    private RunView view(RunStore.Run run, boolean withSummary) {
        int percent = run.state() == RunState.SUCCEEDED ? 100
                : run.jobId() == null ? 0 : jobs.find(run.jobId()).map(Job::percent).orElse(0);
        String failure = run.failure() == null ? null
                : messages.getMessage(run.failure(), null, run.failure(), LocaleContextHolder.getLocale());
        return new RunView(run.id(), run.state(), percent, run.periodFrom(), run.periodTo(), run.basis(),
                run.settings().abc(), run.settings().rfmLevels(), run.settings().stars(), run.settings().loyalty(),
                run.settings().quadrants(), run.referenceDate(), run.startedBy(),
                run.createdAt(), run.finishedAt(), failure,
                withSummary && run.state() == RunState.SUCCEEDED ? results.summary(run) : null);
    }
}
