package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.NewArchiveEntry;
import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to questionnaires, for one customer at a time (COL-4): taken down by staff on the phone, from
 * mail or on a visit ({@code customer:write}, customers in the caller's scope only), or typed by the
 * customer through a one-time link. Staff-recorded answers of a current customer are catalogued in
 * archive section 1 with their scores; answers through a link land on the customer without a
 * catalogue entry, since nobody signed in files them.
 */
@Service
public class QuestionnaireAnswers {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final QuestionnaireStore questionnaires;
    private final ResponseStore responses;
    private final SurveyLinkStore links;
    private final SurveyMail mail;
    private final CustomerManagement customers;
    private final CustomerArchive archive;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final QuestionnaireSettings settings;
    private final Clock clock;

    QuestionnaireAnswers(QuestionnaireStore questionnaires, ResponseStore responses, SurveyLinkStore links,
            SurveyMail mail, CustomerManagement customers, CustomerArchive archive, AuditTrail audit,
            MessageSource messages, QuestionnaireSettings settings, Clock clock) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.links = links;
        this.mail = mail;
        this.customers = customers;
        this.archive = archive;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public QuestionnaireResponse record(long customerId, NewResponse given, SignedInUser user) {
        CustomerView customer = customers.get(customerId, user);
        if (given.channel() == null || !given.channel().byStaff()) {
            throw new InvalidField("channel", "questionnaire.channelRequired");
        }
        LocalDate answeredOn = AnswerRules.answeredOn(given.answeredOn(), LocalDate.now(clock));
        Questionnaire questionnaire = shared(given.questionnaireId());
        List<Answer> answers = AnswerRules.checked(questionnaire, given.answers());
        String respondent = QuestionnaireRules.text(given.respondent(), "respondent", 60);
        String catalogueNo = null;
        if (customer.stage().current()) {
            ResponseScore score = QuestionnaireScoring.score(questionnaire, answers);
            ArchiveEntry entry = archive.add(customerId, NewArchiveEntry.of(ArchiveSection.BASIC, answeredOn,
                    title(questionnaire, given.channel()), summary(score, respondent)), user);
            catalogueNo = entry.catalogueNo();
        }
        long id = responses.insert(new ResponseStore.Row(0, customerId, customer.facts().name(), questionnaire.id(),
                given.channel(), answeredOn, respondent, answers, user.getUsername(), user.displayName(),
                clock.instant(), catalogueNo));
        audit.record("QUESTIONNAIRE_ANSWERED", "customer", customerId, "#" + questionnaire.id() + " "
                + questionnaire.title());
        return responses.find(customerId, id).orElseThrow().scored(questionnaire);
    }

    /** The customer's answers to every questionnaire, latest first, each scored. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<QuestionnaireResponse> of(long customerId, SignedInUser user) {
        customers.get(customerId, user);
        Map<Long, Questionnaire> answered = new HashMap<>();
        return responses.ofCustomer(customerId).stream()
                .map(row -> row.scored(answered.computeIfAbsent(row.questionnaireId(), this::questionnaire)))
                .toList();
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public QuestionnaireResponse get(long customerId, long id, SignedInUser user) {
        customers.get(customerId, user);
        ResponseStore.Row row = responses.find(customerId, id).orElseThrow(() -> new ResponseNotFound(id));
        return row.scored(questionnaire(row.questionnaireId()));
    }

    /**
     * Makes a one-time link for the customer and mails it when an address is given and a mail server
     * is configured. {@code baseUrl} is where the sender reached LogiCRM, unless
     * {@code logicrm.questionnaire.public-url} says otherwise.
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public SurveyLink sendLink(long customerId, NewSurveyLink given, String baseUrl, SignedInUser user) {
        CustomerView customer = customers.get(customerId, user);
        Questionnaire questionnaire = questionnaire(given.questionnaireId());
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw new Conflict("questionnaire.notOpen");
        }
        String email = given.email() == null || given.email().isBlank() ? null : given.email().strip();
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new InvalidField("email", "questionnaire.emailInvalid");
        }
        String token = SurveyTokens.next();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.linkLifetime());
        long id = links.insert(customerId, questionnaire.id(), customer.facts().name(), SurveyTokens.hash(token), email,
                user.getUsername(), now, expiresAt);
        String base = settings.publicUrl() == null || settings.publicUrl().isBlank() ? baseUrl : settings.publicUrl();
        String url = base.replaceAll("/+$", "") + "/survey/" + token;
        boolean mailed = email != null && mail.send(email, customer.facts().name(), questionnaire, url, expiresAt);
        audit.record("QUESTIONNAIRE_LINK_SENT", "customer", customerId, "#" + questionnaire.id() + " "
                + questionnaire.title() + (mailed ? " → " + email : ""));
        return new SurveyLink(id, customerId, questionnaire.id(), url, expiresAt, email, mailed);
    }

    /** What the public page shows for a link still open; {@link SurveyLinkGone} when used, expired or unknown. */
    @Transactional(readOnly = true)
    public OpenSurvey open(String token) {
        SurveyLinkStore.OpenLink link = links.open(SurveyTokens.hash(token == null ? "" : token), clock.instant())
                .orElseThrow(SurveyLinkGone::new);
        Questionnaire questionnaire = questionnaires.find(link.questionnaireId()).orElseThrow(SurveyLinkGone::new);
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw new SurveyLinkGone();
        }
        return new OpenSurvey(questionnaire, link.customerName(), link.expiresAt());
    }

    /**
     * The customer's own answers through the link, which is used up by them: a second submission finds it
     * used ({@link SurveyLinkGone}). Refused answers (400) leave the link open.
     */
    @Transactional
    public QuestionnaireResponse answer(String token, List<Answer> given) {
        Instant now = clock.instant();
        SurveyLinkStore.OpenLink link = links.claim(SurveyTokens.hash(token == null ? "" : token), now)
                .orElseThrow(SurveyLinkGone::new);
        Questionnaire questionnaire = questionnaires.share(link.questionnaireId()).orElseThrow(SurveyLinkGone::new);
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw new SurveyLinkGone();
        }
        List<Answer> answers = AnswerRules.checked(questionnaire, given); // a refusal rolls the claim back
        long id = responses.insert(new ResponseStore.Row(0, link.customerId(), link.customerName(), questionnaire.id(),
                AnswerChannel.LINK, LocalDate.now(clock), null, answers, link.createdBy(), null, now, null));
        links.answered(link, id);
        audit.recordFor(link.createdBy(), "QUESTIONNAIRE_ANSWERED", "customer", link.customerId(),
                "#" + questionnaire.id() + " " + questionnaire.title() + " (link)");
        return responses.find(link.customerId(), id).orElseThrow().scored(questionnaire);
    }

    private Questionnaire shared(Long id) {
        if (id == null) {
            throw new InvalidField("questionnaireId", "questionnaire.questionnaireRequired");
        }
        return questionnaires.share(id).orElseThrow(() -> new QuestionnaireNotFound(id));
    }

    private Questionnaire questionnaire(Long id) {
        if (id == null) {
            throw new InvalidField("questionnaireId", "questionnaire.questionnaireRequired");
        }
        return questionnaires.find(id).orElseThrow(() -> new QuestionnaireNotFound(id));
    }

    /** The catalogue entry's title, in the archive's language (Chinese). */
    private String title(Questionnaire questionnaire, AnswerChannel channel) {
        String title = "问卷调查 · " + questionnaire.title() + " · "
                + messages.getMessage("questionnaire.channel." + channel, null, Locale.SIMPLIFIED_CHINESE);
        return title.length() <= 200 ? title : title.substring(0, 200);
    }

    private static String summary(ResponseScore score, String respondent) {
        String dimensions = score.dimensions().stream()
                .map(d -> d.name() + " " + (d.score() == null ? "—" : d.score()))
                .collect(Collectors.joining("；"));
        String text = "总分：" + (score.overall() == null ? "—" : score.overall()) + "\n" + dimensions
                + (respondent == null ? "" : "\n答卷人：" + respondent);
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
