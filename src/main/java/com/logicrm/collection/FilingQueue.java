package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerDocument;
import com.logicrm.customer.CustomerDocuments;
import com.logicrm.customer.CustomerExtract;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.KeptFile;
import com.logicrm.customer.NewDocument;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing queue (待归档, COL-5): account managers submit material for a customer; it waits for a
 * sales admin ({@code collection:filing}), who files it into an archive section — then it is a
 * document of the customer, catalogued like any upload — or returns it with a reason. Filers see the
 * material of customers in their data scope only; submitters see what became of theirs.
 */
@Service
public class FilingQueue {

    private final Submissions submissions;
    private final CustomerManagement customers;
    private final CustomerDocuments documents;
    private final CustomerExtract extract;
    private final AuditTrail audit;
    private final Clock clock;

    FilingQueue(Submissions submissions, CustomerManagement customers, CustomerDocuments documents,
            CustomerExtract extract, AuditTrail audit, Clock clock) {
        this.submissions = submissions;
        this.customers = customers;
        this.documents = documents;
        this.extract = extract;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public FilingSubmission submit(NewSubmission given, String fileName, InputStream content, SignedInUser user) {
        CustomerView customer = customers.get(given.customerId(), user);
        NewSubmission submission = checked(given, user);
        KeptFile file = documents.keep(customer.id(), fileName, content, user);
        long id = submissions.insert(submission, customer.facts().name(), customer.archiveNo(), file,
                user.getUsername(), clock.instant());
        audit.record("FILING_SUBMITTED", "customer", customer.id(), "#" + id + " " + submission.type() + " "
                + submission.title());
        return submissions.find(id).orElseThrow();
    }

    /** What waits for the caller to file, oldest first. */
    @PreAuthorize("hasAuthority('collection:filing')")
    @Transactional(readOnly = true)
    public List<FilingSubmission> pending(SignedInUser user) {
        List<FilingSubmission> all = submissions.pending();
        Set<Long> visible = extract.visibleAmong(all.stream().map(FilingSubmission::customerId).distinct().toList(),
                user);
        return all.stream().filter(s -> visible.contains(s.customerId())).toList();
    }

    /** The caller's own submissions and what became of them, newest first. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<FilingSubmission> mine(SignedInUser user) {
        return submissions.of(user.getUsername());
    }

    @PreAuthorize("hasAuthority('collection:filing') and hasAuthority('customer:write')")
    @Transactional
    public FilingSubmission file(long id, ArchiveSection section, Confidentiality level, SignedInUser user) {
        FilingSubmission submission = pendingOne(id, user);
        if (section == null) {
            throw new InvalidField("section", "archive.sectionRequired");
        }
        CustomerDocument document = documents.fileKept(submission.customerId(), new NewDocument(submission.type(),
                submission.title(), submission.documentDate(), level, submission.note(), section),
                submissions.file(id), user);
        decide(submission, FilingStatus.FILED, user, null, section, document.id());
        return submissions.find(id).orElseThrow();
    }

    @PreAuthorize("hasAuthority('collection:filing')")
    @Transactional
    public FilingSubmission returnToSubmitter(long id, String reason, SignedInUser user) {
        FilingSubmission submission = pendingOne(id, user);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidField("reason", "filing.reasonRequired");
        }
        decide(submission, FilingStatus.RETURNED, user, why, null, null);
        return submissions.find(id).orElseThrow();
    }

    private void decide(FilingSubmission submission, FilingStatus status, SignedInUser user, String note,
            ArchiveSection section, Long documentId) {
        Instant now = clock.instant();
        if (!submissions.decide(submission.id(), status, user.getUsername(), now, note, section, documentId)) {
            throw new Conflict("filing.decided", submission.id());
        }
        audit.record(status == FilingStatus.FILED ? "FILING_FILED" : "FILING_RETURNED", "customer",
                submission.customerId(), "#" + submission.id() + " " + submission.title()
                        + (section == null ? "" : " -> " + section + " document #" + documentId)
                        + (note == null ? "" : ": " + note));
    }

    private FilingSubmission pendingOne(long id, SignedInUser user) {
        FilingSubmission submission = submissions.find(id)
                .filter(s -> !extract.visibleAmong(List.of(s.customerId()), user).isEmpty())
                .orElseThrow(() -> new SubmissionNotFound(id));
        if (submission.status() != FilingStatus.PENDING) {
            throw new Conflict("filing.decided", id);
        }
        return submission;
    }

    /** The same rules as a document filed directly: material must be fileable as it is submitted. */
    private NewSubmission checked(NewSubmission given, SignedInUser user) {
        NewDocument facts = documents.validated(new NewDocument(given.type(), given.title(), given.documentDate(),
                null, given.note()), user);
        return new NewSubmission(given.customerId(), facts.type(), facts.title(), facts.documentDate(), facts.notes());
    }
}
