package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Conflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections, catalogue and annual volumes of customers' archives (ARC-9). Entries are visible
 * where their customer is; one cataloguing a confidential document only with
 * {@code customer:confidential}. Closing a past year seals it into a volume (年度卷): its entries and
 * documents no longer change and nothing more is filed into it.
 */
@Service
public class CustomerArchive {

    static final String HISTORY_FIELD = "archiveEntry";

    private final CustomerVisibility visibility;
    private final ArchiveEntries entries;
    private final ArchiveVolumes volumes;
    private final ChangeHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerArchive(CustomerVisibility visibility, ArchiveEntries entries, ArchiveVolumes volumes,
            ChangeHistory history, AuditTrail audit, Clock clock) {
        this.visibility = visibility;
        this.entries = entries;
        this.volumes = volumes;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional // a confidential customer's catalogue is an audited view
    public ArchiveCatalogue catalogue(long customerId, SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        Map<ArchiveSection, List<ArchiveEntry>> sections = new EnumMap<>(ArchiveSection.class);
        for (ArchiveSection section : ArchiveSection.values()) {
            sections.put(section, new ArrayList<>());
        }
        entries.current(customerId, user.holds(CustomerVisibility.CONFIDENTIAL))
                .forEach(entry -> sections.get(entry.section()).add(entry));
        return new ArchiveCatalogue(customer.archiveNo(), sections, volumes.of(customerId));
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public List<ArchiveEntry> entries(long customerId, ArchiveSection section, Integer year, SignedInUser user) {
        visibility.visible(customerId, user);
        return entries.current(customerId, user.holds(CustomerVisibility.CONFIDENTIAL)).stream()
                .filter(entry -> section == null || entry.section() == section)
                .filter(entry -> year == null || entry.year() == year)
                .toList();
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public ArchiveEntry entry(long customerId, long entryId, SignedInUser user) {
        visibility.visible(customerId, user);
        return readable(customerId, entryId, user);
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public ArchiveEntry add(long customerId, NewArchiveEntry given, SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        if (!customer.stage().current()) {
            throw new CustomerNotCurrent(customer.archiveNo());
        }
        NewArchiveEntry entry = ArchiveEntryRules.checked(given, LocalDate.now(clock));
        Instant now = clock.instant();
        ArchiveEntry added = entries.add(customerId, entry, null, user.getUsername(), now);
        history.record(customerId, user.getUsername(), now,
                Map.of(HISTORY_FIELD, new String[] {null, label(added)}), null);
        audit.record("ARCHIVE_ENTRY_ADDED", "customer", customerId, label(added));
        return added;
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public void remove(long customerId, long entryId, String reason, SignedInUser user) {
        visibility.visible(customerId, user);
        ArchiveEntry entry = readable(customerId, entryId, user);
        if (entry.documentId() != null) {
            // the document's own entry goes with the document, never alone
            throw new Conflict("archive.entryOfDocument", entry.catalogueNo());
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        entries.remove(entry, user.getUsername(), now);
        history.record(customerId, user.getUsername(), now,
                Map.of(HISTORY_FIELD, new String[] {label(entry), null}), why);
        audit.record("ARCHIVE_ENTRY_REMOVED", "customer", customerId, label(entry) + (why == null ? "" : ": " + why));
    }

    /** Seals one customer's past year into its annual volume. */
    @PreAuthorize("hasAuthority('customer:archive')")
    @Transactional
    public ArchiveVolume closeYear(long customerId, int year, SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        ArchiveEntryRules.closable(year, LocalDate.now(clock));
        if (!volumes.close(customerId, customer.archiveNo(), year, user.getUsername(), clock.instant())) {
            throw new YearClosed(year);
        }
        ArchiveVolume volume = volumes.of(customerId).stream().filter(v -> v.year() == year).findFirst().orElseThrow();
        audit.record("ARCHIVE_YEAR_CLOSED", "customer", customerId,
                volume.volumeNo() + " entries=" + volume.entryCount() + " sha256=" + volume.digest());
        return volume;
    }

    /**
     * The year-end close: seals the year for every customer in the caller's data scope that has
     * entries in it — confidential ones too, since nothing may stay open for lack of clearance.
     */
    @PreAuthorize("hasAuthority('customer:archive')")
    @Transactional
    public VolumesClosed closeYearInScope(int year, SignedInUser user) {
        ArchiveEntryRules.closable(year, LocalDate.now(clock));
        VolumesClosed closed = volumes.closeAll(year, user.dataScope(), user.getUsername(), clock.instant());
        audit.record("ARCHIVE_YEAR_CLOSED", "archive", null,
                "year=" + year + " volumes=" + closed.volumes() + " entries=" + closed.entries());
        return closed;
    }

    /** The latest year that may be closed today, for the year-end screen to offer. */
    @PreAuthorize("hasAuthority('customer:archive')")
    public int lastClosableYear() {
        return LocalDate.now(clock).getYear() - 1;
    }


    private ArchiveEntry readable(long customerId, long entryId, SignedInUser user) {
        return entries.current(customerId, user.holds(CustomerVisibility.CONFIDENTIAL)).stream()
                .filter(entry -> entry.id() == entryId)
                .findFirst()
                .orElseThrow(() -> new ArchiveEntryNotFound(entryId));
    }

    private static String label(ArchiveEntry entry) {
        return entry.catalogueNo() + " " + entry.title()
                + (entry.amount() == null ? "" : " ¥" + entry.amount().toPlainString());
    }
}
