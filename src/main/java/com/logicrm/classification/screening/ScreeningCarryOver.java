package com.logicrm.classification.screening;

import com.logicrm.access.OnBehalf;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the decisions that were waiting for their next year to begin (a December screening of the
 * current year), once a day on one instance, each as the person who decided and in a transaction of its
 * own: a decision the archive refuses (customer retired, year already closed, right taken away) stays
 * waiting and is logged, the others go in.
 */
@Component
class ScreeningCarryOver {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningCarryOver.class);
    private static final int BATCH = 500;

    private final ScreeningStore store;
    private final DecisionFiling filing;
    private final OnBehalf onBehalf;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScreeningCarryOver(ScreeningStore store, DecisionFiling filing, OnBehalf onBehalf,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.filing = filing;
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${logicrm.classification.screening.carry-over-cron:0 20 0 * * *}")
    @SchedulerLock(name = "classification-screening-carry-over", lockAtMostFor = "PT30M")
    void daily() {
        fileDue();
    }

    /** Files every waiting decision whose next year has begun; returns how many were filed. */
    int fileDue() {
        LocalDate today = LocalDate.now(clock);
        List<ScreeningStore.Pending> pending = store.pendingBefore(today.getYear(), BATCH);
        int filed = 0;
        for (ScreeningStore.Pending decision : pending) {
            try {
                transactions.executeWithoutResult(status -> onBehalf.run(decision.decidedBy(), user ->
                        filing.file(decision.year(), decision.customerId(), decision.decision(), decision.reason(),
                                today, user).ifPresent(no -> store.filed(decision.screeningId(),
                                decision.customerId(), no))));
                filed++;
            } catch (RuntimeException refused) {
                LOG.warn("Screening {} decision on customer {} not filed yet: {}", decision.screeningId(),
                        decision.customerId(), refused.getMessage());
            }
        }
        return filed;
    }
}
