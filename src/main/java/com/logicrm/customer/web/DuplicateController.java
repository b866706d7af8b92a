package com.logicrm.customer.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerDuplicates;
import com.logicrm.customer.CustomerMerge;
import com.logicrm.customer.MergeChoice;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duplicates report and the side-by-side merge screen (ARC-12). */
@Controller
@RequestMapping("/customers")
class DuplicateController {

    /** Radio buttons are named {@code choice.<field>}; their value is SURVIVOR or MERGED. */
    private static final String CHOICE = "choice.";

    private final CustomerDuplicates duplicates;
    private final CustomerMerge merge;

    DuplicateController(CustomerDuplicates duplicates, CustomerMerge merge) {
        this.duplicates = duplicates;
        this.merge = merge;
    }

    @GetMapping("/duplicates")
    String report(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("pairs", duplicates.report(user));
        return "customer/duplicates";
    }

    @GetMapping("/merge")
    String preview(@AuthenticationPrincipal SignedInUser user, @RequestParam long survivorId,
            @RequestParam long mergedId, Model model) {
        model.addAttribute("preview", merge.preview(survivorId, mergedId, user));
        return "customer/merge";
    }

    @PostMapping("/merge")
    String merge(@AuthenticationPrincipal SignedInUser user, @RequestParam long survivorId,
            @RequestParam long mergedId, @RequestParam int version, @RequestParam int mergedVersion,
            @RequestParam(required = false) String reason, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, MergeChoice> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(CHOICE)) {
                choices.put(name.substring(CHOICE.length()), MergeChoice.valueOf(value));
            }
        });
        try {
            var survivor = merge.merge(survivorId, version, mergedId, mergedVersion, choices, reason, user);
            Flash.done(redirect, "customer.merge.done", survivor.archiveNo());
            return "redirect:/customers/" + survivorId + "?tab=history";
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/customers/merge?survivorId=" + survivorId + "&mergedId=" + mergedId;
        }
    }
}
