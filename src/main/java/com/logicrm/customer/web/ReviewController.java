package com.logicrm.customer.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerReview;
import com.logicrm.customer.CustomerView;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 待复核 (ARC-10): profiles due for their yearly review, and marking one reviewed. */
@Controller
@RequestMapping("/customers")
class ReviewController {

    private final CustomerReview review;

    ReviewController(CustomerReview review) {
        this.review = review;
    }

    @GetMapping("/review-due")
    String due(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("due", review.due(user));
        model.addAttribute("months", review.interval().toTotalMonths());
        return "customer/review";
    }

    @PostMapping("/{id}/reviewed")
    String markReviewed(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        try {
            CustomerView customer = review.markReviewed(id, user);
            Flash.done(redirect, "customer.review.done", customer.archiveNo());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/customers/review-due";
    }
}
