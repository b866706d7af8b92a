package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.EnterpriseSurvey;
import com.logicrm.collection.EnterpriseSurveys;
import com.logicrm.collection.NewEnterpriseSurvey;
import com.logicrm.collection.SurveyMethod;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 企业基本情况调查表: the form for one enterprise, filled in with what its archive card holds now, its
 * earlier surveys, and each survey's print view.
 */
@Controller
@RequestMapping("/collection/surveys")
class EnterpriseSurveyController {

    private final EnterpriseSurveys surveys;
    private final CustomerManagement customers;

    EnterpriseSurveyController(EnterpriseSurveys surveys, CustomerManagement customers) {
        this.surveys = surveys;
        this.customers = customers;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId, Model model) {
        model.addAttribute("customer", customers.get(customerId, user));
        model.addAttribute("survey", surveys.prefilled(customerId, user));
        model.addAttribute("surveys", surveys.of(customerId, user));
        model.addAttribute("methods", SurveyMethod.values());
        return "collection/survey";
    }

    @PostMapping
    String record(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId,
            @ModelAttribute("survey") NewEnterpriseSurvey form, BindingResult binding, RedirectAttributes redirect) {
        try {
            FieldError unreadable = binding.getFieldError();
            if (unreadable != null) {
                throw new InvalidField(unreadable.getField(), "survey.valueUnreadable");
            }
            EnterpriseSurvey survey = surveys.record(customerId, form, user);
            Flash.done(redirect, "survey.recorded", survey.catalogueNo());
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/surveys?customerId=" + customerId;
    }

    /** The survey laid out like the paper form, for printing. */
    @GetMapping("/{id}")
    String print(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EnterpriseSurvey survey = surveys.get(id, user);
        model.addAttribute("survey", survey);
        model.addAttribute("form", survey.form());
        return "collection/survey-print";
    }
}
