package com.logicrm.classification.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.inactivity.FollowUpReason;
import com.logicrm.classification.inactivity.InactivityPage;
import com.logicrm.classification.inactivity.InactivityWorklist;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Inactivity", description = "CLS-9: customers without an order for longer than their grade allows "
        + "(days per grade configurable), the caller's own, and the reason found when following them up")
@RestController
@RequestMapping("/api/v1/classification/inactivity")
class InactivityApi {

    private final InactivityWorklist worklist;

    InactivityApi(InactivityWorklist worklist) {
        this.worklist = worklist;
    }

    record Resolution(FollowUpReason reason, String note) {
    }

    @Operation(summary = "The worklist, longest silent first, optionally of one grade (A-D or UNGRADED); next page: "
            + "afterDate = nextAfterDate and afterId = nextAfterId")
    @GetMapping
    InactivityPage list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String grade,
            @RequestParam(required = false) LocalDate afterDate, @RequestParam(required = false) Long afterId,
            @RequestParam(defaultValue = "50") int size) {
        return worklist.worklist(grade, afterDate, afterId, size, user);
    }

    @Operation(summary = "Days without an order after which each grade is listed")
    @GetMapping("/thresholds")
    Map<String, Integer> thresholds() {
        return worklist.thresholds();
    }

    @Operation(summary = "Record the reason found (PRICE, SERVICE_QUALITY, BUSINESS_SHRINKING, COMPETITOR, SEASONAL, "
            + "OTHER with a note) and take the customer off the list (classification:followup)")
    @PostMapping("/{customerId}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestBody Resolution resolution) {
        worklist.resolve(customerId, resolution.reason(), resolution.note(), user);
    }

    @Operation(summary = "Look for silent customers now (classification:run); 202 with the job's id")
    @PostMapping("/refresh")
    ResponseEntity<Map<String, Long>> refresh(@AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.accepted().body(Map.of("jobId", worklist.refresh(user)));
    }
}
