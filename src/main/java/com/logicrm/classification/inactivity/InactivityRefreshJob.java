package com.logicrm.classification.inactivity;

import com.logicrm.shared.jobs.JobHandler;
import com.logicrm.shared.jobs.JobProgress;
import org.springframework.stereotype.Component;

/** The worklist's refresh as a background job, on whichever instance claims it. */
@Component
class InactivityRefreshJob implements JobHandler {

    private final InactivityRefresh refresh;

    InactivityRefreshJob(InactivityRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public String kind() {
        return InactivityRefresh.JOB_KIND;
    }

    @Override
    public void run(long jobId, String payload, JobProgress progress) {
        refresh.refresh(progress);
    }
}
