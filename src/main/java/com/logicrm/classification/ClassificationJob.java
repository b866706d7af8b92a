package com.logicrm.classification;

import com.logicrm.access.OnBehalf;
import com.logicrm.shared.jobs.JobFailure;
import com.logicrm.shared.jobs.JobHandler;
import com.logicrm.shared.jobs.JobProgress;
import org.springframework.stereotype.Component;

/**
 * Runs one classification in the background as the person who started it: their right to run
 * classifications is checked again when the work starts. A failed run keeps no results.
 */
@Component
class ClassificationJob implements JobHandler {

    private final RunStore runs;
    private final RunComputation computation;
    private final OnBehalf onBehalf;

    ClassificationJob(RunStore runs, RunComputation computation, OnBehalf onBehalf) {
        this.runs = runs;
        this.computation = computation;
        this.onBehalf = onBehalf;
    }

    @Override
    public String kind() {
        return ClassificationRuns.JOB_KIND;
    }

    @Override
    public void run(long jobId, String payload, JobProgress progress) {
        long id = Long.parseLong(payload);
        RunStore.Run run = runs.find(id).orElseThrow(() -> new JobFailure("classification run " + id + " is gone"));
        if (!runs.markRunning(id)) {
            throw new JobFailure("classification run " + id + " is not waiting");
        }
        OnBehalfOfStarter.run(onBehalf, run.startedBy(), ClassificationRuns.RUN_PERMISSION,
                user -> computation.compute(run, progress), "classification.run.notAllowed",
                "classification.run.failed", failure -> runs.fail(id, failure));
    }
}
