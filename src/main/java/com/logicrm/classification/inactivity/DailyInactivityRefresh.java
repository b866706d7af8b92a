package com.logicrm.classification.inactivity;

import com.logicrm.shared.jobs.Jobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Queues the worklist's refresh once a day, on one instance of all that share the database. */
@Component
class DailyInactivityRefresh {

    private final Jobs jobs;

    DailyInactivityRefresh(Jobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(cron = "${logicrm.classification.inactivity.refresh-cron:0 30 1 * * *}")
    @SchedulerLock(name = "classification-inactivity-refresh", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional
    void queue() {
        jobs.submit(InactivityRefresh.JOB_KIND, InactivityWorklist.SCHEDULER, "");
    }
}
