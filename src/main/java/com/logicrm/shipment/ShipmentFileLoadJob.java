package com.logicrm.shipment;

import com.logicrm.access.OnBehalf;
import com.logicrm.shared.jobs.JobFailure;
import com.logicrm.shared.jobs.JobHandler;
import com.logicrm.shared.jobs.JobProgress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Runs one uploaded shipment file as the person who uploaded it, and records how it ended. */
@Component
class ShipmentFileLoadJob implements JobHandler {

    private final FileLoadStore store;
    private final FileLoadRun run;
    private final OnBehalf onBehalf;
    private final MessageSource messages;

    ShipmentFileLoadJob(FileLoadStore store, FileLoadRun run, OnBehalf onBehalf, MessageSource messages) {
        this.store = store;
        this.run = run;
        this.onBehalf = onBehalf;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return ShipmentFileLoads.JOB_KIND;
    }

    @Override
    public void run(long jobId, String payload, JobProgress progress) {
        long id = Long.parseLong(payload);
        FileLoadStore.Upload upload = store.find(id).orElseThrow(() -> new JobFailure("load " + id + " is gone"));
        store.state(id, "RUNNING");
        try {
            onBehalf.run(upload.owner(), user -> {
                FileLoadRun.Counts counts = run.run(upload, store.content(id), progress);
                store.finish(id, counts.refused() ? "REFUSED" : "LOADED", counts);
            });
        } catch (JobFailure failure) {
            store.finish(id, "FAILED", null);
            throw new JobFailure(messages.getMessage(failure.getMessage(), null, failure.getMessage(),
                    upload.locale()));
        } catch (RuntimeException unexpected) {
            store.finish(id, "FAILED", null);
            throw unexpected;
        }
    }
}
