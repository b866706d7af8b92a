package com.logicrm.classification.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.inactivity.FollowUpReason;
import com.logicrm.classification.inactivity.InactivityPage;
import com.logicrm.classification.inactivity.InactivityWorklist;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inactivity worklist (归类与评价 › 不活跃客户跟进): silent customers, and the reason found for each. */
@Controller
@RequestMapping("/classification/inactivity")
class InactivityController {

    private static final int PAGE = 50;

    private final InactivityWorklist worklist;

    InactivityController(InactivityWorklist worklist) {
        this.worklist = worklist;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String grade,
            @RequestParam(required = false) LocalDate afterDate, @RequestParam(required = false) Long afterId,
            Model model) {
        String shown = grade == null || grade.isBlank() ? null : grade;
        InactivityPage page = worklist.worklist(shown, afterDate, afterId, PAGE, user);
        model.addAttribute("page", page);
        model.addAttribute("grade", shown);
        model.addAttribute("thresholds", worklist.thresholds());
        model.addAttribute("reasons", FollowUpReason.values());
        return "classification/inactivity";
    }

    @PostMapping("/{customerId}/resolution")
    String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
            @RequestParam(required = false) String grade, RedirectAttributes redirect) {
        try {
            worklist.resolve(customerId, FormValues.option(FollowUpReason.class, reason), note, user);
            Flash.done(redirect, "inactivity.resolved", null);
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return grade == null || grade.isBlank() ? "redirect:/classification/inactivity"
                : "redirect:/classification/inactivity?grade=" + FormValues.option(Grades.class, grade);
    }

    @PostMapping("/refresh")
    String refresh(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        worklist.refresh(user);
        Flash.done(redirect, "inactivity.refreshed", null);
        return "redirect:/classification/inactivity";
    }

    /** The grades the filter offers, so a value put back into a redirect is one of them. */
    enum Grades {
        A, B, C, D, UNGRADED
    }
}
