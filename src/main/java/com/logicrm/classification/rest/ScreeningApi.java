package com.logicrm.classification.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.screening.Recommendation;
import com.logicrm.classification.screening.ScreeningLine;
import com.logicrm.classification.screening.ScreeningPage;
import com.logicrm.classification.screening.ScreeningRules;
import com.logicrm.classification.screening.ScreeningView;
import com.logicrm.classification.screening.YearEndScreening;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Year-end screening", description = "CLS-8: five measures per customer for a year over the caller's "
        + "data scope, a keep/watch/drop recommendation from configurable rules, and the decision with a reason, "
        + "filed into the customer's archive of the next year. Screenings are background jobs (202).")
@RestController
@RequestMapping("/api/v1/classification/screenings")
class ScreeningApi {

    private final YearEndScreening screening;

    ScreeningApi(YearEndScreening screening) {
        this.screening = screening;
    }

    record StartRequest(Integer year, ScreeningRules rules) {
    }

    record DecisionRequest(Recommendation decision, String reason) {
    }

    @Operation(summary = "Screen a year (classification:screen); rules optional, each missing value the default; "
            + "contradictory rules (a drop threshold looser than its watch threshold) are refused with 400")
    @PostMapping
    ResponseEntity<ScreeningView> start(@AuthenticationPrincipal SignedInUser user, @RequestBody StartRequest request) {
        ScreeningView started = screening.start(request.year(), request.rules(), user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/classification/screenings/" + started.id()))
                .body(started);
    }

    @Operation(summary = "The newest screenings")
    @GetMapping
    List<ScreeningView> recent(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "20") int limit) {
        return screening.recent(limit, user);
    }

    @Operation(summary = "A screening: state, percent done, rules, customers assessed")
    @GetMapping("/{id}")
    ScreeningView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return screening.get(id, user);
    }

    @Operation(summary = "The screening's customers the caller may see, in id order, optionally of one "
            + "recommendation and/or decision (undecided=true: without one); next page: after = nextAfter")
    @GetMapping("/{id}/customers")
    ScreeningPage customers(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Recommendation recommendation,
            @RequestParam(required = false) Recommendation decision,
            @RequestParam(defaultValue = "false") boolean undecided, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "50") int size) {
        return screening.lines(id, recommendation, decision, undecided, after, size, user);
    }

    @Operation(summary = "One customer's measures, recommendation and decision")
    @GetMapping("/{id}/customers/{customerId}")
    ScreeningLine customer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long customerId) {
        return screening.line(id, customerId, user);
    }

    @Operation(summary = "Record the decision KEEP|WATCH|DROP with a reason (classification:screen and "
            + "customer:write); audited and filed into the customer's archive of the next year once it has begun")
    @PutMapping("/{id}/customers/{customerId}/decision")
    ScreeningLine decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long customerId, @RequestBody DecisionRequest request) {
        return screening.decide(id, customerId, request.decision(), request.reason(), user);
    }
}
