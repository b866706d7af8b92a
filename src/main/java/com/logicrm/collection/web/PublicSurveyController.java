package com.logicrm.collection.web;

import com.logicrm.collection.OpenSurvey;
import com.logicrm.collection.QuestionnaireAnswers;
import com.logicrm.collection.SurveyLinkGone;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind a one-time link: no sign-in, only the questionnaire and the customer's name. Its form
 * carries a CSRF token like every other. A used, expired or unknown link answers 410 with a page saying so.
 */
@Controller
@RequestMapping("/survey")
class PublicSurveyController {

    private final QuestionnaireAnswers answers;

    PublicSurveyController(QuestionnaireAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, Model model) {
        model.addAttribute("survey", answers.open(token));
        model.addAttribute("token", token);
        return "collection/public-survey";
    }

    @PostMapping("/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        OpenSurvey survey = answers.open(token);
        try {
            answers.answer(token, AnswerForm.answers(survey.questionnaire(), form));
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/survey/" + token;
        }
        return "redirect:/survey/thanks";
    }

    @GetMapping("/thanks")
    String thanks(Model model) {
        model.addAttribute("notice", "thanks");
        return "collection/survey-notice";
    }

    @ExceptionHandler(SurveyLinkGone.class)
    String gone(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("notice", "gone");
        return "collection/survey-notice";
    }
}
