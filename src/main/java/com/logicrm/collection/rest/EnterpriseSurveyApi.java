package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.EnterpriseSurvey;
import com.logicrm.collection.EnterpriseSurveys;
import com.logicrm.collection.NewEnterpriseSurvey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Enterprise surveys", description = "企业基本情况调查表 (COL-2): facts written into the archive card")
@RestController
class EnterpriseSurveyApi {

    private final EnterpriseSurveys surveys;

    EnterpriseSurveyApi(EnterpriseSurveys surveys) {
        this.surveys = surveys;
    }

    @Operation(summary = "The customer's enterprise surveys, latest first")
    @GetMapping("/api/v1/customers/{customerId}/enterprise-surveys")
    List<EnterpriseSurvey> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return surveys.of(customerId, user);
    }

    @Operation(summary = "File an enterprise survey: surveyedOn, method (DOOR_TO_DOOR, PHONE_SURVEY, MAIL_SURVEY), "
            + "respondent, respondentPosition; the facts name, creditCode, legalRepresentative, legalForm, ownership, "
            + "industry, foundingDate, registrationDate, registeredCapital, assets, staffCount, scale, serviceArea, "
            + "address, phone, website, businessScope, situation go onto the archive card (a blank one keeps the "
            + "card's value; each change a history row with the method as its source); remarks; customerVersion "
            + "(optional: 409 if the card changed since). Catalogued in archive section 1. Enterprises only (409); "
            + "needs customer:write and customer:pii")
    @PostMapping("/api/v1/customers/{customerId}/enterprise-surveys")
    ResponseEntity<EnterpriseSurvey> record(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestBody NewEnterpriseSurvey form) {
        EnterpriseSurvey survey = surveys.record(customerId, form, user);
        return ResponseEntity.created(URI.create("/api/v1/enterprise-surveys/" + survey.id())).body(survey);
    }

    @Operation(summary = "One enterprise survey as filed, with the survey fields the archive card took from it")
    @GetMapping("/api/v1/enterprise-surveys/{id}")
    EnterpriseSurvey get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return surveys.get(id, user);
    }
}
