package com.logicrm.collection;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.NewArchiveEntry;
import com.logicrm.shared.Conflict;
import com.logicrm.shared.Forbidden;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 企业基本情况调查表 (COL-2) as a web form that writes into the archive: the facts surveyed go onto
 * the customer's card through {@link CustomerManagement#change}, each changed field a history row citing
 * how the survey was made (上门走访, 电话调查, 邮寄调查) and the survey's catalogue number; the survey
 * itself is catalogued in section 1 (visit and survey reports) — all in one transaction. The form as
 * filled in is kept for its print view.
 */
@Service
public class EnterpriseSurveys {

    /** Writing a survey rewrites the card: without this right the card's personal data is masked. */
    private static final String PII = "customer:pii";

    private final SurveyRecords records;
    private final CustomerManagement customers;
    private final CustomerArchive archive;
    private final EntryForms forms;
    private final Clock clock;

    EnterpriseSurveys(SurveyRecords records, CustomerManagement customers, CustomerArchive archive, EntryForms forms,
            Clock clock) {
        this.records = records;
        this.customers = customers;
        this.archive = archive;
        this.forms = forms;
        this.clock = clock;
    }

    /** A new survey of an enterprise the caller may see, filled in with what its archive card holds now. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public NewEnterpriseSurvey prefilled(long customerId, SignedInUser user) {
        CustomerView customer = customers.get(customerId, user);
        return SurveyRules.prefilled(customer.facts(), customer.version(), LocalDate.now(clock));
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public EnterpriseSurvey record(long customerId, NewEnterpriseSurvey given, SignedInUser user) {
        CustomerView customer = customers.get(customerId, user);
        if (customer.facts().kind() != CustomerKind.ENTERPRISE) {
            throw new Conflict("survey.enterpriseOnly", customer.archiveNo());
        }
        if (!user.holds(PII)) {
            throw new Forbidden("survey.personalDataRequired");
        }
        NewEnterpriseSurvey form = SurveyRules.checked(given, LocalDate.now(clock), customer.version());
        ArchiveEntry entry = archive.add(customerId, NewArchiveEntry.of(ArchiveSection.BASIC, form.surveyedOn(),
                "企业基本情况调查表 · " + forms.inArchiveLanguage("survey.method." + form.method())
                        + (form.respondent() == null ? "" : " · " + form.respondent()),
                SurveyRules.summary(form)), user);
        CustomerView changed = customers.change(customerId, form.customerVersion(),
                SurveyRules.applied(customer.facts(), form),
                "企业基本情况调查表 " + entry.catalogueNo(), form.method().sourceCode(), user);
        long id = records.insert(new EnterpriseSurvey(0, customerId, customer.archiveNo(), form,
                SurveyRules.changed(customer.facts(), changed.facts()), user.getUsername(), user.displayName(),
                clock.instant(), entry.catalogueNo()));
        return records.find(id).orElseThrow();
    }

    /** The customer's surveys, latest first (the customer must be visible to the caller). */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public List<EnterpriseSurvey> of(long customerId, SignedInUser user) {
        return forms.of(customerId, records::of, user);
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public EnterpriseSurvey get(long id, SignedInUser user) {
        return forms.visible(records.find(id), EnterpriseSurvey::customerId, () -> new EnterpriseSurveyNotFound(id),
                user);
    }
}
