package com.logicrm.classification.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.Grade;
import com.logicrm.classification.GradeOverrides;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manual grade from the customer's tab 归类与评价: set with a reason or revoked, then back to the tab.
 * Permission, visibility, validation and the audit trail are {@link GradeOverrides}'s, as for the API.
 */
@Controller
@RequestMapping("/classification/overrides/{customerId}")
class GradeOverrideController {

    private final GradeOverrides overrides;

    GradeOverrideController(GradeOverrides overrides) {
        this.overrides = overrides;
    }

    @PostMapping
    String set(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestParam(required = false) String grade, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            Grade set = overrides.set(customerId, FormValues.option(Grade.class, grade), reason, user).grade();
            Flash.done(redirect, "classification.override.saved", set.name());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return tab(customerId);
    }

    @PostMapping("/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            RedirectAttributes redirect) {
        try {
            overrides.revoke(customerId, user);
            Flash.done(redirect, "classification.override.revoked", null);
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return tab(customerId);
    }

    private static String tab(long customerId) {
        return "redirect:/customers/" + customerId + "?tab=classification";
    }
}
