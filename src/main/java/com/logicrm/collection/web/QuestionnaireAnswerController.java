package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.AnswerChannel;
import com.logicrm.collection.NewResponse;
import com.logicrm.collection.NewSurveyLink;
import com.logicrm.collection.Questionnaire;
import com.logicrm.collection.QuestionnaireAnswers;
import com.logicrm.collection.QuestionnaireResponse;
import com.logicrm.collection.QuestionnaireStatus;
import com.logicrm.collection.Questionnaires;
import com.logicrm.collection.SurveyLink;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A customer's questionnaires, reached from the customer page: answers taken down by phone, mail or on
 * a visit, a one-time link for the customer to answer themselves, and what they answered before.
 */
@Controller
@RequestMapping("/collection/questionnaires/answers")
class QuestionnaireAnswerController {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final Questionnaires questionnaires;
    private final QuestionnaireAnswers answers;
    private final CustomerManagement customers;
    private final Clock clock;

    QuestionnaireAnswerController(Questionnaires questionnaires, QuestionnaireAnswers answers,
            CustomerManagement customers, Clock clock) {
        this.questionnaires = questionnaires;
        this.answers = answers;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId,
            @RequestParam(required = false) Long questionnaireId, Model model) {
        model.addAttribute("customer", customers.get(customerId, user));
        List<Questionnaire> all = questionnaires.list(null);
        List<Questionnaire> open = all.stream().filter(q -> q.status() == QuestionnaireStatus.PUBLISHED).toList();
        model.addAttribute("titles", all.stream().collect(Collectors.toMap(Questionnaire::id, Questionnaire::title)));
        model.addAttribute("open", open);
        Questionnaire chosen = questionnaireId != null ? questionnaires.get(questionnaireId)
                : open.isEmpty() ? null : open.get(0);
        model.addAttribute("questionnaire", chosen);
        model.addAttribute("channels", Arrays.stream(AnswerChannel.values()).filter(AnswerChannel::byStaff).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("responses", answers.of(customerId, user));
        return "collection/questionnaire-answer";
    }

    @PostMapping
    String record(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId,
            @RequestParam long questionnaireId, @RequestParam(required = false) AnswerChannel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
            @RequestParam(required = false) String respondent, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return back(customerId, questionnaireId, redirect, () -> {
            Questionnaire questionnaire = questionnaires.get(questionnaireId);
            QuestionnaireResponse recorded = answers.record(customerId, new NewResponse(questionnaireId, channel,
                    answeredOn, respondent, AnswerForm.answers(questionnaire, form)), user);
            Flash.done(redirect, "questionnaire.recorded",
                    recorded.score().overall() == null ? "—" : recorded.score().overall());
        });
    }

    @PostMapping("/link")
    String link(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId,
            @RequestParam long questionnaireId, @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        return back(customerId, questionnaireId, redirect, () -> {
            SurveyLink link = answers.sendLink(customerId, new NewSurveyLink(questionnaireId, email),
                    ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), user);
            if (link.mailed()) {
                Flash.done(redirect, "questionnaire.linkMailed", link.sentTo());
            } else {
                // flash attributes live in the session store: plain strings only
                redirect.addFlashAttribute("surveyLinkUrl", link.url());
                redirect.addFlashAttribute("surveyLinkUntil", UNTIL.format(link.expiresAt()));
            }
        });
    }

    /** Runs the step and returns to the customer's questionnaire page, with the refusal if it was refused. */
    private static String back(long customerId, long questionnaireId, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/questionnaires/answers?customerId=" + customerId + "&questionnaireId="
                + questionnaireId;
    }
}
