package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.NewResponse;
import com.logicrm.collection.NewSurveyLink;
import com.logicrm.collection.Questionnaire;
import com.logicrm.collection.QuestionnaireAnswers;
import com.logicrm.collection.QuestionnaireDraft;
import com.logicrm.collection.QuestionnaireResponse;
import com.logicrm.collection.QuestionnaireResults;
import com.logicrm.collection.QuestionnaireStatus;
import com.logicrm.collection.Questionnaires;
import com.logicrm.collection.SurveyLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Questionnaires", description = "问卷调查 (COL-4): definitions (questionnaire:manage), "
        + "answers per customer (customer:write), one-time links, scores per dimension and customer, "
        + ".xlsx export (customer:export)")
@RestController
class QuestionnaireApi {

    private final Questionnaires questionnaires;
    private final QuestionnaireAnswers answers;

    QuestionnaireApi(Questionnaires questionnaires, QuestionnaireAnswers answers) {
        this.questionnaires = questionnaires;
        this.answers = answers;
    }

    @Operation(summary = "Questionnaires, newest first; status=DRAFT, PUBLISHED or CLOSED narrows the list")
    @GetMapping("/api/v1/questionnaires")
    List<Questionnaire> list(@RequestParam(required = false) QuestionnaireStatus status) {
        return questionnaires.list(status);
    }

    @Operation(summary = "Define a questionnaire (a draft): title, purpose (SATISFACTION, NEEDS, OTHER), description, "
            + "dimensions [{code, name, weight}], questions [{code, kind (SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, "
            + "TEXT), text, dimension, weight, required, options [{code, label, points 0–100}]}]; codes and weights "
            + "may be left out")
    @PostMapping("/api/v1/questionnaires")
    ResponseEntity<Questionnaire> define(@AuthenticationPrincipal SignedInUser user,
            @RequestBody QuestionnaireDraft draft) {
        Questionnaire defined = questionnaires.define(draft, user);
        return ResponseEntity.created(URI.create("/api/v1/questionnaires/" + defined.id())).body(defined);
    }

    @GetMapping("/api/v1/questionnaires/{id}")
    Questionnaire get(@PathVariable long id) {
        return questionnaires.get(id);
    }

    @Operation(summary = "Replace the definition as a whole; 409 once answers exist or after closing")
    @PutMapping("/api/v1/questionnaires/{id}")
    Questionnaire revise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody QuestionnaireDraft draft) {
        return questionnaires.revise(id, draft, user);
    }

    @Operation(summary = "Publish a draft: from now on it takes answers (409 unless a draft, 400 without questions)")
    @PostMapping("/api/v1/questionnaires/{id}/publish")
    Questionnaire publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return questionnaires.publish(id, user);
    }

    @Operation(summary = "Close a published questionnaire: no more answers, results stay")
    @PostMapping("/api/v1/questionnaires/{id}/close")
    Questionnaire close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return questionnaires.close(id, user);
    }

    @Operation(summary = "Scores per dimension (0–100), mean over the customers in the caller's data scope and per "
            + "customer (latest answers); unanswered questions are left out of their dimension")
    @GetMapping("/api/v1/questionnaires/{id}/results")
    QuestionnaireResults results(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return questionnaires.results(id, user);
    }

    @Operation(summary = "Every response in the caller's data scope with its scores and answers, as .xlsx")
    @GetMapping("/api/v1/questionnaires/{id}/export")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        questionnaires.exportHeaders(id).forEach(response::setHeader);
        questionnaires.export(id, user, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @Operation(summary = "The customer's answers to all questionnaires, latest first, each with its scores")
    @GetMapping("/api/v1/customers/{customerId}/questionnaire-responses")
    List<QuestionnaireResponse> responses(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return answers.of(customerId, user);
    }

    @GetMapping("/api/v1/customers/{customerId}/questionnaire-responses/{id}")
    QuestionnaireResponse response(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long id) {
        return answers.get(customerId, id, user);
    }

    @Operation(summary = "Record answers taken down for the customer: questionnaireId, channel (PHONE, MAIL, VISIT), "
            + "answeredOn, respondent, answers [{question, choices [option codes], scale 1–5, text}]")
    @PostMapping("/api/v1/customers/{customerId}/questionnaire-responses")
    ResponseEntity<QuestionnaireResponse> record(@AuthenticationPrincipal SignedInUser user,
            @PathVariable long customerId, @RequestBody NewResponse response) {
        QuestionnaireResponse recorded = answers.record(customerId, response, user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/questionnaire-responses/"
                + recorded.id())).body(recorded);
    }

    @Operation(summary = "Make a one-time link (no sign-in, expires, used once) for the customer to answer a published "
            + "questionnaire, mailed when email is given and a mail server is configured; the url is only in this "
            + "answer")
    @PostMapping("/api/v1/customers/{customerId}/questionnaire-links")
    ResponseEntity<SurveyLink> link(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestBody NewSurveyLink link) {
        SurveyLink made = answers.sendLink(customerId, link, ServletUriComponentsBuilder.fromCurrentContextPath()
                .toUriString(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(made); // the url is shown once, never read back
    }
}
