package com.logicrm.collection;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.customer.NewArchiveEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 客户跟踪记录表 (COL-2) as a web form that writes into the archive: each record is catalogued in
 * section 1 (visit and call records) with its content, and may move the customer to the stage the
 * follow-up reached — all in one transaction. The form's own fields are kept for its print view.
 */
@Service
public class CustomerTracking {

    private final TrackingRecords records;
    private final CustomerManagement customers;
    private final CustomerArchive archive;
    private final EntryForms forms;
    private final Clock clock;

    CustomerTracking(TrackingRecords records, CustomerManagement customers, CustomerArchive archive,
            EntryForms forms, Clock clock) {
        this.records = records;
        this.customers = customers;
        this.archive = archive;
        this.forms = forms;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public TrackingRecord record(long customerId, NewTrackingRecord given, SignedInUser user) {
        CustomerView customer = customers.get(customerId, user);
        NewTrackingRecord form = TrackingRules.checked(given, LocalDate.now(clock));
        ArchiveEntry entry = archive.add(customerId, NewArchiveEntry.of(ArchiveSection.BASIC, form.trackedOn(),
                "客户跟踪记录 · " + forms.inArchiveLanguage("tracking.method." + form.method())
                        + (form.contactName() == null ? "" : " · " + form.contactName()),
                TrackingRules.summary(form)), user);
        LifecycleStage after = form.stageAfter() == null ? customer.stage() : form.stageAfter();
        if (after != customer.stage()) {
            customers.moveTo(customerId, after, "客户跟踪记录 " + entry.catalogueNo(), user);
        }
        Instant now = clock.instant();
        long id = records.insert(new TrackingRecord(0, customerId, customer.facts().name(), customer.archiveNo(),
                form.trackedOn(), form.method(), form.contactName(), form.content(), form.feedback(), form.nextStep(),
                form.nextDate(), customer.stage(), after, user.getUsername(), user.displayName(), now,
                entry.catalogueNo()));
        return records.find(id).orElseThrow();
    }

    /** The customer's tracking records, latest first (the customer must be visible to the caller). */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public List<TrackingRecord> of(long customerId, SignedInUser user) {
        return forms.of(customerId, records::of, user);
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public TrackingRecord get(long id, SignedInUser user) {
        return forms.visible(records.find(id), TrackingRecord::customerId, () -> new TrackingRecordNotFound(id), user);
    }
}
