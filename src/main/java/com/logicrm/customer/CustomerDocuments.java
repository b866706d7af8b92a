package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.InvalidField;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a customer's archive (ARC-8): file, list, read and remove. A document belongs to
 * a customer, so it is visible only where its customer is (else 404); one at 机密 or above also needs
 * {@code customer:confidential} and each view of it is audited. Every change writes the customer's
 * history and the audit trail in the same transaction.
 */
@Service
public class CustomerDocuments {

    private static final int MAX_TITLE = 200;
    private static final int MAX_NOTES = 2000;

    private final CustomerVisibility visibility;
    private final DocumentFiling filing;
    private final DocumentRecords records;
    private final DocumentStore store;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerDocuments(CustomerVisibility visibility, DocumentFiling filing, DocumentRecords records,
            DocumentStore store, AuditTrail audit, Clock clock) {
        this.visibility = visibility;
        this.filing = filing;
        this.records = records;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file accepted, for forms to tell people before they try. */
    public long maxBytes() {
        return store.maxBytes();
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional // not read-only: looking into a confidential customer is audited
    public List<CustomerDocument> list(long customerId, SignedInUser user) {
        visibility.visible(customerId, user);
        return records.current(customerId, user.holds(CustomerVisibility.CONFIDENTIAL));
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public CustomerDocument get(long customerId, long documentId, SignedInUser user) {
        return visible(customerId, documentId, user, "CONFIDENTIAL_DOCUMENT_VIEWED").document();
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public DocumentDownload download(long customerId, long documentId, SignedInUser user) {
        DocumentRecords.Stored stored = visible(customerId, documentId, user, "CONFIDENTIAL_DOCUMENT_DOWNLOADED");
        var file = store.resolve(stored.storageKey());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The file of document " + documentId + " is missing: " + file);
        }
        return new DocumentDownload(stored.document(), file);
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerDocument upload(long customerId, NewDocument given, String fileName, InputStream content,
            SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        NewDocument facts = checked(given, user);
        CustomerDocument document = filing.file(customer.id(), facts, fileName, content, user.getUsername(),
                clock.instant());
        return audited(document);
    }

    /**
     * Stores and checks a file for a customer the caller may change, without filing it yet: the
     * filing queue keeps material this way until somebody files it ({@link #fileKept}).
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional(readOnly = true)
    public KeptFile keep(long customerId, String fileName, InputStream content, SignedInUser user) {
        visibility.visible(customerId, user);
        return filing.keep(customerId, fileName, content);
    }

    /** Files a kept file as a document, like an upload of it by the caller. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerDocument fileKept(long customerId, NewDocument given, KeptFile kept, SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        NewDocument facts = checked(given, user);
        CustomerDocument document = filing.catalogue(customer.id(), facts, kept, user.getUsername(), clock.instant());
        return audited(document);
    }

    /** The facts of a document as filing it would take them: trimmed, or refused with the field named. */
    public NewDocument validated(NewDocument given, SignedInUser user) {
        return checked(given, user);
    }

    /** Soft removal: the document leaves the list, the row and the file stay. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public void remove(long customerId, long documentId, String reason, SignedInUser user) {
        CustomerDocument document = visible(customerId, documentId, user, null).document();
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        filing.remove(document, why, user.getUsername(), now);
        audit.record("DOCUMENT_REMOVED", "customer", customerId, "#" + documentId + " " + document.title()
                + (why == null ? "" : ": " + why));
    }

    private CustomerDocument audited(CustomerDocument document) {
        audit.record("DOCUMENT_UPLOADED", "customer", document.customerId(), "#" + document.id() + " "
                + document.type() + " " + document.confidentiality() + " " + document.originalName() + " sha256="
                + document.sha256());
        return document;
    }

    private DocumentRecords.Stored visible(long customerId, long documentId, SignedInUser user, String auditAction) {
        visibility.visible(customerId, user);
        DocumentRecords.Stored stored = records.find(customerId, documentId)
                .orElseThrow(() -> new DocumentNotFound(documentId));
        Confidentiality level = stored.document().confidentiality();
        if (level.needsGrant()) {
            if (!user.holds(CustomerVisibility.CONFIDENTIAL)) {
                throw new DocumentNotFound(documentId);
            }
            if (auditAction != null) {
                audit.record(auditAction, "customer", customerId, "#" + documentId + " " + level + " "
                        + stored.document().title());
            }
        }
        return stored;
    }

    private static NewDocument checked(NewDocument given, SignedInUser user) {
        if (given.type() == null) {
            throw new InvalidField("type", "document.typeRequired");
        }
        String title = given.title() == null ? "" : given.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new InvalidField("title", "document.titleInvalid", MAX_TITLE);
        }
        if (given.documentDate() == null) {
            throw new InvalidField("documentDate", "document.dateRequired");
        }
        Confidentiality level = given.confidentiality() == null ? Confidentiality.ORDINARY : given.confidentiality();
        // filing a document one could not read back afterwards is refused rather than lost from sight
        if (level.needsGrant() && !user.holds(CustomerVisibility.CONFIDENTIAL)) {
            throw new InvalidField("confidentiality", "document.levelNotGranted");
        }
        if (given.section() == ArchiveSection.RETURNS) {
            // a 退赔折价 entry is a financial record with an amount and a finding, catalogued on its own
            throw new InvalidField("section", "archive.documentNotInReturns");
        }
        String notes = given.notes() == null || given.notes().isBlank() ? null : given.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidField("notes", "document.notesTooLong", MAX_NOTES);
        }
        return new NewDocument(given.type(), title, given.documentDate(), level, notes, given.section());
    }
}
