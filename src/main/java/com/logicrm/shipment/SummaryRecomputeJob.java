package com.logicrm.shipment;

import com.logicrm.access.AuditTrail;
import com.logicrm.shared.jobs.JobHandler;
import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.shared.jobs.Jobs;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/** Runs a recompute of the monthly summary; the payload is {@code first..last} as {@code yyyy-MM}. */
@Component
class SummaryRecomputeJob implements JobHandler {

    static final String KIND = "shipment-summary-recompute";

    private final SummaryRecompute recompute;
    private final AuditTrail audit;
    private final Jobs jobs;

    SummaryRecomputeJob(SummaryRecompute recompute, AuditTrail audit, Jobs jobs) {
        this.recompute = recompute;
        this.audit = audit;
        this.jobs = jobs;
    }

    static String payload(YearMonth first, YearMonth last) {
        return first + ".." + last;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(long jobId, String payload, JobProgress progress) {
        String[] range = payload.split("\\.\\.");
        YearMonth first = YearMonth.parse(range[0]);
        YearMonth last = YearMonth.parse(range[1]);
        long written = recompute.months(first, last, progress);
        String owner = jobs.find(jobId).map(job -> job.owner()).orElse("system");
        audit.recordFor(owner, "SHIPMENT_SUMMARY_RECOMPUTED", "shipment", null,
                "months %s to %s rebuilt from the shipments: %d customer months".formatted(first, last, written));
    }
}
