package com.logicrm.classification.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.AbcRules;
import com.logicrm.classification.Basis;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.CustomerFilter;
import com.logicrm.classification.Grade;
import com.logicrm.classification.LoyaltyRules;
import com.logicrm.classification.Quadrant;
import com.logicrm.classification.QuadrantRules;
import com.logicrm.classification.RfmRules;
import com.logicrm.classification.RunCustomerPage;
import com.logicrm.classification.RunRequest;
import com.logicrm.classification.RunView;
import com.logicrm.classification.StarRules;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The classification page (客户归类): the run form, a progress bar while a run works, the charts of the
 * chosen (or newest) run — ABC pie, revenue share per class beside the expected bands, deciles, the
 * Pareto curve — the list of runs, and a run's customers of one class for the drill-down. The form's
 * star rules start from the shown run's (or the defaults) and, like every field, are checked by the run.
 */
@Controller
@RequestMapping("/classification")
class ClassificationController {

    private static final int PAGE = 50;
    /** The run form's fields as entered, kept across the redirect when the run is refused. */
    private static final String ENTERED = "entered";

    private final ClassificationRuns runs;
    private final Clock clock;

    ClassificationController(ClassificationRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long run, Model model) {
        List<RunView> recent = runs.recent(20, user);
        RunView shown = run != null ? runs.get(run, user)
                : recent.stream().filter(view -> view.state().busy()).findFirst()
                        .map(view -> runs.get(view.id(), user))
                        .or(() -> runs.latest(user)).orElse(null);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        model.addAttribute("recent", recent);
        model.addAttribute("mayList", runs.mayList(user));
        model.addAttribute("run", shown);
        boolean drawn = shown != null && shown.summary() != null && shown.summary().customers() > 0;
        model.addAttribute("charts", drawn ? RunCharts.of(shown.summary(), runs.scatter(shown.id(), user)) : null);
        model.addAttribute("defaults", AbcRules.DEFAULT);
        @SuppressWarnings("unchecked")
        Map<String, String> entered = (Map<String, String>) model.getAttribute(ENTERED);
        StarRules shownStars = shown == null ? null : shown.stars();
        model.addAttribute("starRows", StarRulesForm.rows(entered, shownStars));
        model.addAttribute("starBaseVisits", StarRulesForm.baseVisits(entered, shownStars));
        model.addAttribute("starBaseVisitsField", StarRulesForm.BASE_VISITS);
        model.addAttribute("quadrantRules", shown == null || shown.quadrants() == null ? QuadrantRules.DEFAULT
                : shown.quadrants().orDefaults());
        LoyaltyRules shownLoyalty = shown == null || shown.loyalty() == null ? LoyaltyRules.DEFAULT
                : shown.loyalty().orDefaults();
        model.addAttribute("loyaltyRules", shownLoyalty);
        model.addAttribute("loyaltyWeights", LoyaltyQuadrantForm.weights(entered, shownLoyalty));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("bases", Basis.values());
        model.addAttribute("defaultFrom", today.minusYears(1).withDayOfMonth(1));
        model.addAttribute("defaultTo", today.withDayOfMonth(1).minusDays(1));
        return "classification/index";
    }

    @PostMapping("/runs")
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        try {
            RunView started = runs.start(new RunRequest(FormValues.date(form.get("periodFrom")),
                    FormValues.date(form.get("periodTo")), FormValues.option(Basis.class, form.get("basis")),
                    new AbcRules(FormValues.decimal(form.get("aPercent")), FormValues.count(form.get("aCount")),
                            FormValues.decimal(form.get("bPercent")), FormValues.count(form.get("bCount")),
                            FormValues.decimal(form.get("cPercent")), FormValues.count(form.get("cCount"))),
                    new RfmRules(FormValues.count(form.get("rfmLevels")), FormValues.date(form.get("referenceDate"))),
                    StarRulesForm.rules(form),
                    LoyaltyQuadrantForm.loyalty(form), LoyaltyQuadrantForm.quadrants(form)), user);
            return "redirect:/classification?run=" + started.id();
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            redirect.addFlashAttribute(ENTERED, form);
            return "redirect:/classification";
        }
    }

    /** The progress bar, polled while the run works; once it has finished the whole page reloads. */
    @GetMapping("/runs/{id}/progress")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        RunView run = runs.get(id, user);
        if (!run.state().busy()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "classification/index :: progress";
    }

    /** A run's customers, of one grade or of the chart cell, quadrant, star or purchase decile clicked. */
    @GetMapping("/runs/{id}/customers")
    String customers(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Grade grade, @RequestParam(required = false) Integer star,
            @RequestParam(required = false) Quadrant quadrant, @RequestParam(required = false) Integer r,
            @RequestParam(required = false) Integer f, @RequestParam(required = false) Integer purchaseDecile,
            @RequestParam(required = false) Boolean develop, @RequestParam(defaultValue = "0") int after,
            Model model) {
        CustomerFilter filter = new CustomerFilter(grade, null, star, quadrant, r, f, purchaseDecile, develop);
        model.addAttribute("run", runs.get(id, user));
        model.addAttribute("grade", grade);
        model.addAttribute("filter", filter);
        model.addAttribute("narrowed", star != null || quadrant != null || r != null || f != null
                || purchaseDecile != null || develop != null);
        model.addAttribute("grades", Grade.values());
        RunCustomerPage page = runs.customers(id, filter, after, PAGE, user);
        model.addAttribute("customers", page.customers());
        model.addAttribute("nextAfter", page.nextAfter());
        return "classification/customers";
    }
}
