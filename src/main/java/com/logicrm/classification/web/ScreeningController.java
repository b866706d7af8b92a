package com.logicrm.classification.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.screening.Recommendation;
import com.logicrm.classification.screening.ScreeningPage;
import com.logicrm.classification.screening.ScreeningRules;
import com.logicrm.classification.screening.ScreeningState;
import com.logicrm.classification.screening.ScreeningView;
import com.logicrm.classification.screening.YearEndScreening;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
 * The year-end screening page (归类与评价 › 年末筛选): the start form with the rules, the recent
 * screenings, the chosen one's customers with filters by recommendation and decision, and one
 * customer's five measures with the decision form.
 */
@Controller
@RequestMapping("/classification/screenings")
class ScreeningController {

    private static final int PAGE = 50;
    static final String UNDECIDED = "NONE";

    private final YearEndScreening screening;
    private final Clock clock;

    ScreeningController(YearEndScreening screening, Clock clock) {
        this.screening = screening;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long id,
            @RequestParam(required = false) String recommendation, @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "0") long after, Model model) {
        List<ScreeningView> recent = screening.recent(20, user);
        ScreeningView shown = id != null ? screening.get(id, user) : recent.isEmpty() ? null : recent.get(0);
        Recommendation byRecommendation = FormValues.option(Recommendation.class, recommendation);
        Recommendation byDecision = FormValues.option(Recommendation.class, decision);
        boolean undecided = UNDECIDED.equals(decision);
        model.addAttribute("recent", recent);
        model.addAttribute("screening", shown);
        model.addAttribute("recommendations", Recommendation.values());
        model.addAttribute("recommendation", byRecommendation);
        model.addAttribute("decision", undecided ? UNDECIDED : byDecision == null ? null : byDecision.name());
        model.addAttribute("defaults", ScreeningRules.DEFAULT);
        model.addAttribute("defaultYear", LocalDate.now(clock).getYear());
        if (shown != null && shown.state() == ScreeningState.SUCCEEDED) {
            ScreeningPage page = screening.lines(shown.id(), byRecommendation, byDecision, undecided, after, PAGE, user);
            model.addAttribute("lines", page.lines());
            model.addAttribute("nextAfter", page.nextAfter());
        }
        return "classification/screenings";
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        try {
            ScreeningRules rules = new ScreeningRules(FormValues.decimal(form.get("watchRevenueBelow")),
                    FormValues.decimal(form.get("dropRevenueBelow")), FormValues.decimal(form.get("watchMarginRateBelow")),
                    FormValues.decimal(form.get("dropMarginRateBelow")), FormValues.decimal(form.get("watchOverdueAbove")),
                    FormValues.decimal(form.get("dropOverdueAbove")), FormValues.decimal(form.get("watchGrowthBelow")),
                    FormValues.count(form.get("watchActiveMonthsBelow")),
                    FormValues.decimal(form.get("watchPunctualityBelow")));
            ScreeningView started = screening.start(FormValues.count(form.get("year")), rules, user);
            Flash.done(redirect, "screening.started", started.id());
            return "redirect:/classification/screenings?id=" + started.id();
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/classification/screenings";
        }
    }

    /** The progress bar, polled while the screening works; once it has finished the whole page reloads. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        ScreeningView shown = screening.get(id, user);
        if (!shown.state().busy()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("screening", shown);
        return "classification/screenings :: progress";
    }

    @GetMapping("/{id}/customers/{customerId}")
    String customer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long customerId,
            Model model) {
        model.addAttribute("screening", screening.get(id, user));
        model.addAttribute("line", screening.line(id, customerId, user));
        model.addAttribute("recommendations", Recommendation.values());
        return "classification/screening-customer";
    }

    @PostMapping("/{id}/customers/{customerId}/decision")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long customerId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            screening.decide(id, customerId, FormValues.option(Recommendation.class, decision), reason, user);
            Flash.done(redirect, "screening.decided", null);
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/classification/screenings/" + id + "/customers/" + customerId;
    }
}
