package com.logicrm.customer.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerReview;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.ReviewDue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Review", description = "ARC-10: profiles not reviewed for 12 months")
@RestController
@RequestMapping("/api/v1/customers")
class ReviewApi {

    private final CustomerReview review;

    ReviewApi(CustomerReview review) {
        this.review = review;
    }

    @Operation(summary = "Current customers in scope due for review, longest unreviewed first (at most 200)")
    @GetMapping("/review-due")
    List<ReviewDue> due(@AuthenticationPrincipal SignedInUser user) {
        return review.due(user);
    }

    @Operation(summary = "Mark the profile reviewed today (customer:write)")
    @PostMapping("/{id}/review")
    CustomerView markReviewed(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return review.markReviewed(id, user);
    }
}
