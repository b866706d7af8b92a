package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerExtract;
import com.logicrm.shared.Conflict;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires (问卷调查, COL-4): defining them ({@code questionnaire:manage}), and what their answers
 * add up to — per dimension and customer, and over all customers in the caller's data scope, on screen
 * and as an .xlsx. Answers themselves are taken by {@link QuestionnaireAnswers}.
 * <p>
 * A questionnaire's questions may be revised while it is a draft and after publishing until the first
 * answers arrive; from then on they are fixed (409), so every answer is scored against the questions
 * it answered.
 */
@Service
public class Questionnaires {

    private final QuestionnaireStore store;
    private final ResponseStore responses;
    private final CustomerExtract extract;
    private final ResultsWorkbook workbook;
    private final AuditTrail audit;
    private final Clock clock;

    Questionnaires(QuestionnaireStore store, ResponseStore responses, CustomerExtract extract, ResultsWorkbook workbook,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.responses = responses;
        this.extract = extract;
        this.workbook = workbook;
        this.audit = audit;
        this.clock = clock;
    }

    /** All questionnaires, or those of one status, newest first. */
    @PreAuthorize("hasAuthority('customer:read') or hasAuthority('questionnaire:manage')")
    @Transactional(readOnly = true)
    public List<Questionnaire> list(QuestionnaireStatus status) {
        return store.all(status);
    }

    @PreAuthorize("hasAuthority('customer:read') or hasAuthority('questionnaire:manage')")
    @Transactional(readOnly = true)
    public Questionnaire get(long id) {
        return store.find(id).orElseThrow(() -> new QuestionnaireNotFound(id));
    }

    @PreAuthorize("hasAuthority('questionnaire:manage')")
    @Transactional
    public Questionnaire define(QuestionnaireDraft given, SignedInUser user) {
        QuestionnaireDraft draft = QuestionnaireRules.checked(given);
        long id = store.insert(draft, user.getUsername(), clock.instant());
        audit.record("QUESTIONNAIRE_DEFINED", "questionnaire", id, draft.title());
        return get(id);
    }

    /** Replaces title, dimensions and questions; refused (409) once answers exist or after closing. */
    @PreAuthorize("hasAuthority('questionnaire:manage')")
    @Transactional
    public Questionnaire revise(long id, QuestionnaireDraft given, SignedInUser user) {
        Questionnaire current = locked(id);
        if (current.status() == QuestionnaireStatus.CLOSED) {
            throw new Conflict("questionnaire.closed");
        }
        if (current.responses() > 0) {
            throw new Conflict("questionnaire.answered", current.responses());
        }
        QuestionnaireDraft draft = QuestionnaireRules.checked(given);
        store.revise(id, draft, clock.instant());
        audit.record("QUESTIONNAIRE_REVISED", "questionnaire", id, draft.title());
        return get(id);
    }

    @PreAuthorize("hasAuthority('questionnaire:manage')")
    @Transactional
    public Questionnaire publish(long id, SignedInUser user) {
        Questionnaire current = locked(id);
        if (current.status() != QuestionnaireStatus.DRAFT) {
            throw new Conflict("questionnaire.notDraft");
        }
        QuestionnaireRules.publishable(current);
        return moved(current, QuestionnaireStatus.PUBLISHED, "QUESTIONNAIRE_PUBLISHED");
    }

    /** A closed questionnaire takes no more answers; its results stay. */
    @PreAuthorize("hasAuthority('questionnaire:manage')")
    @Transactional
    public Questionnaire close(long id, SignedInUser user) {
        Questionnaire current = locked(id);
        if (current.status() != QuestionnaireStatus.PUBLISHED) {
            throw new Conflict("questionnaire.notPublished");
        }
        return moved(current, QuestionnaireStatus.CLOSED, "QUESTIONNAIRE_CLOSED");
    }

    /** Scores over the customers the caller may see: each customer's latest answers count once. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public QuestionnaireResults results(long id, SignedInUser user) {
        Questionnaire questionnaire = get(id);
        List<QuestionnaireResponse> visible = visibleResponses(questionnaire, user);
        Map<Long, List<QuestionnaireResponse>> byCustomer = new LinkedHashMap<>();
        visible.forEach(r -> byCustomer.computeIfAbsent(r.customerId(), c -> new ArrayList<>()).add(r));
        List<CustomerScore> perCustomer = byCustomer.values().stream()
                .map(list -> new CustomerScore(list.get(0).customerId(), list.get(0).customerName(), list.size(),
                        list.get(0).answeredOn(), list.get(0).score()))
                .sorted((a, b) -> a.customerName().compareTo(b.customerName()))
                .toList();
        ResponseScore mean = QuestionnaireScoring.mean(questionnaire,
                perCustomer.stream().map(CustomerScore::score).toList());
        return new QuestionnaireResults(id, questionnaire.title(), visible.size(), perCustomer.size(), mean.overall(),
                mean.dimensions(), perCustomer);
    }

    /** Every answer in the caller's scope with its scores, one row per response; audited like any export. */
    @PreAuthorize("hasAuthority('customer:export')")
    @Transactional(readOnly = true)
    public void export(long id, SignedInUser user, Locale locale, OutputStream out) throws IOException {
        Questionnaire questionnaire = get(id);
        List<QuestionnaireResponse> visible = visibleResponses(questionnaire, user);
        audit.record("QUESTIONNAIRE_EXPORTED", "questionnaire", id, visible.size() + " rows");
        workbook.write(questionnaire, visible, user, locale, out);
    }

    /** The headers of the results download: .xlsx, named after the questionnaire and the day, never cached. */
    @PreAuthorize("hasAuthority('customer:export')")
    @Transactional(readOnly = true)
    public Map<String, String> exportHeaders(long id) {
        get(id);
        String fileName = "questionnaire-" + id + "-" + LocalDate.now(clock) + ".xlsx";
        return Downloads.xlsx(fileName);
    }

    private List<QuestionnaireResponse> visibleResponses(Questionnaire questionnaire, SignedInUser user) {
        Set<Long> visible = extract.visibleAmong(responses.customersOf(questionnaire.id()), user);
        return responses.ofQuestionnaire(questionnaire.id(), visible).stream()
                .map(row -> row.scored(questionnaire))
                .toList();
    }

    private Questionnaire locked(long id) {
        return store.lock(id).orElseThrow(() -> new QuestionnaireNotFound(id));
    }

    private Questionnaire moved(Questionnaire current, QuestionnaireStatus status, String action) {
        Instant now = clock.instant();
        store.status(current.id(), status, now);
        audit.record(action, "questionnaire", current.id(), current.title());
        return get(current.id());
    }
}
