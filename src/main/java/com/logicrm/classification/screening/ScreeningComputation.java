package com.logicrm.classification.screening;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerDirectory;
import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shipment.CustomerActivity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of one screening, in one transaction: the year's figures of every customer with orders in
 * it, chunk by chunk; of each chunk only the customers the person who started it may see (the archive
 * decides), with their receivables at the year's end (or today, in a year not yet over); each assessed
 * by the screening's rules and stored.
 */
@Component
class ScreeningComputation {

    static final int CHUNK = 1000;

    private final ScreeningStore store;
    private final CustomerActivity activity;
    private final CustomerDirectory directory;
    private final Clock clock;

    ScreeningComputation(ScreeningStore store, CustomerActivity activity, CustomerDirectory directory, Clock clock) {
        this.store = store;
        this.activity = activity;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    void compute(ScreeningStore.Screening screening, SignedInUser user, JobProgress progress) {
        ScreeningPolicy policy = new ScreeningPolicy(screening.rules());
        LocalDate yearEnd = LocalDate.of(screening.year(), 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate at = yearEnd.isAfter(today) ? today : yearEnd;
        List<CustomerActivity.YearFigures> chunk = new ArrayList<>(CHUNK);
        long[] done = {0};
        int[] stored = {0};
        activity.forEachCustomerOfYear(screening.year(), figures -> {
            chunk.add(figures);
            if (chunk.size() == CHUNK) {
                stored[0] += assess(screening, policy, chunk, at, user);
                done[0] += chunk.size();
                progress.done(done[0]);
                chunk.clear();
            }
        });
        stored[0] += assess(screening, policy, chunk, at, user);
        store.succeed(screening.id(), stored[0]);
    }

    /** Assesses and stores the chunk's customers the starter may see; how many they were. */
    private int assess(ScreeningStore.Screening screening, ScreeningPolicy policy,
            List<CustomerActivity.YearFigures> chunk, LocalDate at, SignedInUser user) {
        if (chunk.isEmpty()) {
            return 0;
        }
        Map<Long, CustomerDirectory.Listed> visible = directory.visible(
                chunk.stream().map(CustomerActivity.YearFigures::customerId).toList(), user).stream()
                .collect(Collectors.toMap(CustomerDirectory.Listed::id, Function.identity()));
        if (visible.isEmpty()) {
            return 0;
        }
        Map<Long, CustomerActivity.PaymentFigures> payments = activity.payments(visible.keySet(),
                LocalDate.of(screening.year(), 1, 1), at).stream()
                .collect(Collectors.toMap(CustomerActivity.PaymentFigures::customerId, Function.identity()));
        List<ScreeningStore.Assessed> assessed = new ArrayList<>();
        for (CustomerActivity.YearFigures figures : chunk) {
            CustomerDirectory.Listed customer = visible.get(figures.customerId());
            if (customer != null) {
                ScreeningMeasures measures = measures(figures, payments.get(figures.customerId()), customer);
                assessed.add(new ScreeningStore.Assessed(figures.customerId(), measures, policy.assess(measures)));
            }
        }
        store.insertResults(screening.id(), assessed);
        return assessed.size();
    }

    static ScreeningMeasures measures(CustomerActivity.YearFigures year, CustomerActivity.PaymentFigures paid,
            CustomerDirectory.Listed customer) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal invoiced = paid == null ? zero : paid.invoiced();
        BigDecimal open = paid == null ? zero : paid.open();
        BigDecimal overdue = paid == null ? zero : paid.overdue();
        BigDecimal over90 = paid == null ? zero : paid.over90();
        int due = paid == null ? 0 : paid.invoicesDue();
        int onTime = paid == null ? 0 : paid.paidOnTime();
        return new ScreeningMeasures(year.revenue(), year.previousRevenue(), year.margin(),
                ScreeningPolicy.percentOf(year.margin(), year.revenue()),
                ScreeningPolicy.growth(year.revenue(), year.previousRevenue()), year.orders(), year.activeMonths(),
                invoiced, open, overdue, over90, ScreeningPolicy.percentOf(overdue, open), due, onTime,
                ScreeningPolicy.percentOf(BigDecimal.valueOf(onTime), BigDecimal.valueOf(due)), customer.stage());
    }
}
