package com.logicrm.classification.inactivity;

import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shipment.CustomerActivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the silent customers (CLS-9), as a background job: every customer's latest order over the
 * look-back period comes from business data's monthly summary in one index-served aggregate, is
 * compared chunk by chunk with the threshold of its grade in the newest run, and merged into the
 * worklist in one statement per chunk, all in one transaction. Company-wide: each reader later sees
 * their own customers.
 */
@Component
class InactivityRefresh {

    static final String JOB_KIND = "classification-inactivity";
    static final int CHUNK = 5000;

    private final InactivityStore store;
    private final CustomerActivity activity;
    private final InactivityPolicy policy;
    private final InactivitySettings settings;
    private final Clock clock;

    InactivityRefresh(InactivityStore store, CustomerActivity activity, InactivitySettings settings, Clock clock) {
        this.store = store;
        this.activity = activity;
        this.policy = new InactivityPolicy(settings.days());
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    void refresh(JobProgress progress) {
        LocalDate today = LocalDate.now(clock);
        Instant started = clock.instant();
        Long run = store.newestRun().orElse(null);
        List<CustomerActivity.LastOrder> chunk = new ArrayList<>(CHUNK);
        long[] done = {0};
        activity.forEachLastOrderSince(today.minusDays(settings.lookbackDays()), last -> {
            chunk.add(last);
            if (chunk.size() == CHUNK) {
                store.merge(chunk, run, policy.days(), today, started);
                done[0] += chunk.size();
                progress.done(done[0]);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            store.merge(chunk, run, policy.days(), today, started);
        }
    }

    InactivityPolicy policy() {
        return policy;
    }
}
