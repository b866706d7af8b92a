package com.logicrm.shipment;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shared.jobs.Jobs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of business data: load shipments in batches (TXN-2), read a customer's transaction
 * summary (ARC-5, TXN-5) and service indicators (KPI-1). Reads ask the archive for the customer first,
 * so a customer outside the caller's data scope (or confidential without the right) is 404 here too.
 */
@Service
public class ShipmentManagement {

    /** The longest period indicators are computed for in one request. */
    static final int MAX_PERIOD_DAYS = 3 * 366;

    private final ShipmentLoader loader;
    private final CustomerMonths months;
    private final IndicatorQueries indicators;
    private final ReceivableQueries receivables;
    private final CustomerManagement customers;
    private final Clock clock;
    private final Jobs jobs;

    ShipmentManagement(ShipmentLoader loader, CustomerMonths months, IndicatorQueries indicators,
            ReceivableQueries receivables, CustomerManagement customers, Clock clock, Jobs jobs) {
        this.jobs = jobs;
        this.loader = loader;
        this.months = months;
        this.indicators = indicators;
        this.receivables = receivables;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Loads the good items of a batch and reports the others; items already loaded (same source and
     * external id) are left as they are. Not transactional itself: partitions are created first, each
     * in its own transaction, then the batch is merged in one.
     */
    @PreAuthorize("hasAuthority('shipment:write')")
    public LoadResult load(String source, List<ShipmentItem> items, SignedInUser user) {
        return loader.load(source, items, null);
    }

    @PreAuthorize("hasAuthority('shipment:read')")
    @Transactional
    public TransactionSummary summary(long customerId, SignedInUser user) {
        customers.get(customerId, user);
        return months.of(customerId);
    }

    /** KPI-1 for the orders dated {@code from} to {@code to}; the last twelve months when both are null. */
    @PreAuthorize("hasAuthority('shipment:read')")
    @Transactional
    public ServiceIndicators indicators(long customerId, LocalDate from, LocalDate to, SignedInUser user) {
        customers.get(customerId, user);
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        LocalDate start = from != null ? from : end.minusYears(1).plusDays(1);
        if (start.isAfter(end)) {
            throw new InvalidField("from", "shipment.period.reversed");
        }
        if (start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
            throw new InvalidField("to", "shipment.period.tooLong", MAX_PERIOD_DAYS);
        }
        return indicators.between(customerId, start, end);
    }

    /**
     * Summary, KPIs of the last twelve months and KPI-1 month by month over the last {@code months}
     * months including this one (months without orders left out), and the receivables today for a
     * reader who may see them, after one visibility check (one audited view of a confidential customer,
     * not four).
     */
    @PreAuthorize("hasAuthority('shipment:read')")
    @Transactional
    public BusinessOverview overview(long customerId, int months, SignedInUser user) {
        customers.get(customerId, user);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        YearMonth now = YearMonth.from(today);
        return new BusinessOverview(this.months.of(customerId),
                indicators.between(customerId, today.minusYears(1).plusDays(1), today),
                indicators.monthly(customerId, now.minusMonths(months - 1L), now),
                user.holds("receivable:read") ? receivables.at(customerId, today) : null);
    }

    /** The longest range of months one recompute takes. */
    static final int MAX_RECOMPUTE_MONTHS = 36;

    /**
     * Starts rebuilding the monthly summary of the months {@code first} to {@code last} from the
     * shipments, as a background job; the job tells how far it is.
     */
    @PreAuthorize("hasAuthority('shipment:write')")
    public Job recompute(YearMonth first, YearMonth last, SignedInUser user) {
        if (first == null) {
            throw new InvalidField("from", "shipment.recompute.monthMissing");
        }
        if (last == null) {
            throw new InvalidField("to", "shipment.recompute.monthMissing");
        }
        if (first.isAfter(last)) {
            throw new InvalidField("from", "shipment.period.reversed");
        }
        if (first.plusMonths(MAX_RECOMPUTE_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidField("to", "shipment.recompute.tooLong", MAX_RECOMPUTE_MONTHS);
        }
        long id = jobs.submit(SummaryRecomputeJob.KIND, user.getUsername(), SummaryRecomputeJob.payload(first, last));
        return recomputation(id, user);
    }

    /** A recompute the caller started. */
    @PreAuthorize("hasAuthority('shipment:write')")
    public Job recomputation(long jobId, SignedInUser user) {
        return jobs.findOwned(jobId, user.getUsername())
                .filter(job -> job.kind().equals(SummaryRecomputeJob.KIND))
                .orElseThrow(() -> new NotFound("shipment.recompute.notFound", jobId));
    }
}
