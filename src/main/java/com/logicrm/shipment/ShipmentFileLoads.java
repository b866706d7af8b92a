package com.logicrm.shipment;

import com.logicrm.access.SignedInUser;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shared.jobs.JobStatus;
import com.logicrm.shared.jobs.Jobs;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk file loads of shipments (TXN-2): an uploaded CSV is stored and loaded by a background job
 * ({@link ShipmentFileLoadJob}) on whichever instance claims it; its owner follows the progress and
 * reads the bad lines. With {@code REFUSE} any bad line refuses the whole file; with {@code SKIP} the
 * good lines are loaded and the bad ones reported.
 */
@Service
public class ShipmentFileLoads {

    static final String JOB_KIND = "shipment-file-load";

    private final FileLoadStore store;
    private final Jobs jobs;
    private final MessageSource messages;

    ShipmentFileLoads(FileLoadStore store, Jobs jobs, MessageSource messages) {
        this.store = store;
        this.jobs = jobs;
        this.messages = messages;
    }

    @PreAuthorize("hasAuthority('shipment:write')")
    @Transactional
    public FileLoad start(String source, String fileName, String onError, byte[] content, Locale locale,
            SignedInUser user) {
        if (source == null || source.isBlank() || source.strip().length() > FieldChecks.MAX_SOURCE) {
            throw new InvalidField("source", "shipment.load.source");
        }
        String mode = onError == null || onError.isBlank() ? "REFUSE" : onError.strip().toUpperCase(Locale.ROOT);
        if (!mode.equals("SKIP") && !mode.equals("REFUSE")) {
            throw new InvalidField("onError", "shipment.load.onError");
        }
        if (content == null || content.length == 0) {
            throw new InvalidField("file", "shipment.load.empty");
        }
        String name = fileName == null || fileName.isBlank() ? "shipments.csv" : fileName.strip();
        long id = store.insert(user.getUsername(), source.strip(), name.length() > 255 ? name.substring(0, 255) : name,
                mode.equals("REFUSE"), locale, content);
        store.started(id, jobs.submit(JOB_KIND, user.getUsername(), Long.toString(id)));
        return get(id, user);
    }

    /** The load if the caller started it (another person's load is as good as missing: 404). */
    @PreAuthorize("hasAuthority('shipment:write')")
    @Transactional(readOnly = true)
    public FileLoad get(long id, SignedInUser user) {
        FileLoad load = store.view(id, user.getUsername()).orElseThrow(() -> new FileLoadNotFound(id));
        Job job = load.jobId() == null ? null : jobs.find(load.jobId()).orElse(null);
        if (job != null && job.status() == JobStatus.FAILED && !load.finished()) {
            // the instance loading it stopped, and the job runner gave its job up: the file never finished
            return load.abandoned(messages.getMessage("shipment.load.abandoned", null,
                    LocaleContextHolder.getLocale()));
        }
        return load.withJob(job == null ? 0 : job.percent(), job == null ? null : job.failure(),
                job == null || job.status().finished());
    }
}
