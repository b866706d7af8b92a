package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.Dimension;
import com.logicrm.collection.Question;
import com.logicrm.collection.QuestionKind;
import com.logicrm.collection.Questionnaire;
import com.logicrm.collection.QuestionnaireDraft;
import com.logicrm.collection.QuestionnairePurpose;
import com.logicrm.collection.QuestionnaireResults;
import com.logicrm.collection.Questionnaires;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 问卷调查: the list, the editor (dimensions and questions one at a time), publishing, results and export. */
@Controller
@RequestMapping("/collection/questionnaires")
class QuestionnairesController {

    private final Questionnaires questionnaires;

    QuestionnairesController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("questionnaires", questionnaires.list(null));
        model.addAttribute("purposes", QuestionnairePurpose.values());
        return "collection/questionnaires";
    }

    @PostMapping
    String define(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String title,
            @RequestParam(required = false) QuestionnairePurpose purpose,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        try {
            Questionnaire defined = questionnaires.define(new QuestionnaireDraft(title, purpose, description, List.of(),
                    List.of()), user);
            Flash.done(redirect, "questionnaire.defined", defined.title());
            return "redirect:/collection/questionnaires/" + defined.id();
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/collection/questionnaires";
        }
    }

    @GetMapping("/{id}")
    String editor(@PathVariable long id, Model model) {
        model.addAttribute("questionnaire", questionnaires.get(id));
        model.addAttribute("kinds", QuestionKind.values());
        return "collection/questionnaire";
    }

    @PostMapping("/{id}/dimensions")
    String addDimension(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String name, @RequestParam(required = false) BigDecimal weight,
            RedirectAttributes redirect) {
        return revised(user, id, redirect, draft -> new QuestionnaireDraft(draft.title(), draft.purpose(),
                draft.description(), plus(draft.dimensions(), new Dimension(nextCode(draft.dimensions().stream()
                        .map(Dimension::code).toList(), "d"), name, weight)), draft.questions()));
    }

    @PostMapping("/{id}/dimensions/{code}/remove")
    String removeDimension(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable String code, RedirectAttributes redirect) {
        return revised(user, id, redirect, draft -> new QuestionnaireDraft(draft.title(), draft.purpose(),
                draft.description(), draft.dimensions().stream().filter(d -> !d.code().equals(code)).toList(),
                draft.questions()));
    }

    @PostMapping("/{id}/questions")
    String addQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute QuestionForm form, RedirectAttributes redirect) {
        return revised(user, id, redirect, draft -> {
            Question given = form.question();
            Question question = new Question(nextCode(draft.questions().stream().map(Question::code).toList(), "q"),
                    given.kind(), given.text(), given.dimension(), given.weight(), given.required(), given.options());
            return new QuestionnaireDraft(draft.title(), draft.purpose(), draft.description(), draft.dimensions(),
                    plus(draft.questions(), question));
        });
    }

    @PostMapping("/{id}/questions/{code}/remove")
    String removeQuestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable String code, RedirectAttributes redirect) {
        return revised(user, id, redirect, draft -> new QuestionnaireDraft(draft.title(), draft.purpose(),
                draft.description(), draft.dimensions(),
                draft.questions().stream().filter(q -> !q.code().equals(code)).toList()));
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        return acted(id, redirect, () -> questionnaires.publish(id, user), "questionnaire.published");
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        return acted(id, redirect, () -> questionnaires.close(id, user), "questionnaire.closedDone");
    }

    @GetMapping("/{id}/results")
    String results(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Questionnaire questionnaire = questionnaires.get(id);
        QuestionnaireResults results = questionnaires.results(id, user);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("results", results);
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        results.dimensions().stream().filter(d -> d.score() != null).forEach(d -> {
            labels.add(d.name().replace(',', '，'));
            values.add(d.score().toPlainString());
        });
        model.addAttribute("chartLabels", String.join(",", labels));
        model.addAttribute("chartValues", String.join(",", values));
        return "collection/questionnaire-results";
    }

    @GetMapping("/{id}/export")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        questionnaires.exportHeaders(id).forEach(response::setHeader);
        questionnaires.export(id, user, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    private String revised(SignedInUser user, long id, RedirectAttributes redirect,
            UnaryOperator<QuestionnaireDraft> change) {
        return acted(id, redirect, () -> questionnaires.revise(id, change.apply(questionnaires.get(id).draft()), user),
                "questionnaire.saved");
    }

    private String acted(long id, RedirectAttributes redirect, Supplier<Questionnaire> action,
            String done) {
        try {
            Flash.done(redirect, done, action.get().title());
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/questionnaires/" + id;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    /** The first free code of the form prefix + number, so removing an item never renames the others. */
    private static String nextCode(List<String> taken, String prefix) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
