package com.logicrm.customer.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.SavedFilter;
import com.logicrm.customer.SavedFilters;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving and deleting the list's filters; the list page shows them. */
@Controller
@RequestMapping("/customers/saved-filters")
class SavedFilterController {

    private final SavedFilters filters;

    SavedFilterController(SavedFilters filters) {
        this.filters = filters;
    }

    /** Saved, the list opens with the filter as stored, so the person sees what a click will bring back. */
    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) String query, RedirectAttributes redirect) {
        try {
            SavedFilter saved = filters.save(name, query, user);
            Flash.done(redirect, "customer.savedFilter.saved", saved.name());
            return "redirect:/customers" + (saved.query().isEmpty() ? "" : "?" + saved.query());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/customers";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        filters.delete(id, user);
        redirect.addFlashAttribute("message", "customer.savedFilter.deleted");
        return "redirect:/customers";
    }
}
