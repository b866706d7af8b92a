package com.logicrm.classification.screening;

import com.logicrm.access.OnBehalf;
import com.logicrm.shared.jobs.JobFailure;
import com.logicrm.shared.jobs.JobHandler;
import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.classification.OnBehalfOfStarter;
import org.springframework.stereotype.Component;

/**
 * Runs one screening in the background as the person who started it, so their data scope decides
 * which customers it assesses and their right to screen is checked again when the work starts.
 */
@Component
class ScreeningJob implements JobHandler {

    private final ScreeningStore store;
    private final ScreeningComputation computation;
    private final OnBehalf onBehalf;

    ScreeningJob(ScreeningStore store, ScreeningComputation computation, OnBehalf onBehalf) {
        this.store = store;
        this.computation = computation;
        this.onBehalf = onBehalf;
    }

    @Override
    public String kind() {
        return YearEndScreening.JOB_KIND;
    }

    @Override
    public void run(long jobId, String payload, JobProgress progress) {
        long id = Long.parseLong(payload);
        ScreeningStore.Screening screening = store.find(id)
                .orElseThrow(() -> new JobFailure("screening " + id + " is gone"));
        if (!store.markRunning(id)) {
            throw new JobFailure("screening " + id + " is not waiting");
        }
        OnBehalfOfStarter.run(onBehalf, screening.startedBy(), YearEndScreening.SCREEN_PERMISSION,
                user -> computation.compute(screening, user, progress), "screening.notAllowed", "screening.failed",
                failure -> store.fail(id, failure));
    }
}
