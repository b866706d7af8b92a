package com.logicrm.classification.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.CustomerClassification;
import com.logicrm.classification.CustomerFilter;
import com.logicrm.classification.Grade;
import com.logicrm.classification.GradeMove;
import com.logicrm.classification.GradeOverride;
import com.logicrm.classification.GradeOverrides;
import com.logicrm.classification.Quadrant;
import com.logicrm.classification.RfmSegment;
import com.logicrm.classification.ListedRunCustomer;
import com.logicrm.classification.RunCustomerPage;
import com.logicrm.classification.RunRequest;
import com.logicrm.classification.RunView;
import com.logicrm.classification.ScatterPoint;
import com.logicrm.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Classification", description = "ABC grades, revenue and purchase deciles, Pareto curve, RFM segments, "
        + "star grades, loyalty, best vs loyal and customer value per run (CLS-1 to CLS-7). Runs are background jobs: "
        + "202 with the run's URL; one run at a time (409).")
@RestController
@RequestMapping("/api/v1")
class ClassificationApi {

    private final ClassificationRuns runs;
    private final GradeOverrides overrides;

    ClassificationApi(ClassificationRuns runs, GradeOverrides overrides) {
        this.runs = runs;
        this.overrides = overrides;
    }

    @Operation(summary = "Start a run (classification:run): periodFrom, periodTo, basis REVENUE|MARGIN, optional "
            + "rules {aPercent, aCount, bPercent, bCount, cPercent, cCount}, rfm {levels 4|5, referenceDate}, "
            + "stars {levels [{stars 5..2, maxDecile, minLoyalty, minPotential, visitsPerYear}], baseVisitsPerYear}, "
            + "loyalty {mode FITTED|MANUAL, threshold, quantityBasis PIECES|WEIGHT, intercept, orders, services, "
            + "quantity, amount} and quadrants {bestGrades, developGrades, developGrowthPercent, developTopPercent}; "
            + "overlapping or contradictory thresholds are refused (400 with the field)")
    @PostMapping("/classification/runs")
    ResponseEntity<RunView> start(@AuthenticationPrincipal SignedInUser user, @RequestBody RunRequest request) {
        RunView run = runs.start(request, user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/classification/runs/" + run.id())).body(run);
    }

    @Operation(summary = "The newest runs, without summaries")
    @GetMapping("/classification/runs")
    List<RunView> recent(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "20") int limit) {
        return runs.recent(limit, user);
    }

    @Operation(summary = "A run: state and percent done; once succeeded its ABC classes with revenue shares beside "
            + "the expected bands, revenue and purchase deciles, Pareto points, RFM segments and R x F cells, star "
            + "grades, the loyalty model (weights, fit quality or why the hand-set weights were used), best-vs-loyal "
            + "quadrants with the customers to develop, and value (margin, cross ratio, by service)")
    @GetMapping("/classification/runs/{id}")
    RunView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return runs.get(id, user);
    }

    @Operation(summary = "A run's customers in rank order with archive number and name, only those the caller "
            + "may see in the archive, optionally of one grade, segment, star (1-5), quadrant, R and F score, purchase "
            + "decile or only those to develop; next page: after = the X-Next-After header (absent on the last page)")
    @GetMapping("/classification/runs/{id}/customers")
    ResponseEntity<List<ListedRunCustomer>> customers(@AuthenticationPrincipal SignedInUser user,
            @PathVariable long id, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) RfmSegment segment, @RequestParam(required = false) Integer star,
            @RequestParam(required = false) Quadrant quadrant, @RequestParam(required = false) Integer r,
            @RequestParam(required = false) Integer f, @RequestParam(required = false) Integer purchaseDecile,
            @RequestParam(required = false) Boolean develop, @RequestParam(defaultValue = "0") int after,
            @RequestParam(defaultValue = "50") int size) {
        RunCustomerPage page = runs.customers(id, new CustomerFilter(grade, segment, star, quadrant, r, f,
                purchaseDecile, develop), after, size, user);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.nextAfter() != null) {
            ok.header("X-Next-After", page.nextAfter().toString());
        }
        return ok.body(page.customers());
    }

    @Operation(summary = "The best-vs-loyal scatter of a run: net revenue, loyalty F and quadrant of at most "
            + "2,000 customers spread evenly over the ranking, without customer ids")
    @GetMapping("/classification/runs/{id}/scatter")
    List<ScatterPoint> scatter(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return runs.scatter(id, user);
    }

    @Operation(summary = "A customer's classification: grades run by run and the newest run's scores with the figures "
            + "behind them (revenue, rank, deciles, RFM, loyalty F and its inputs, star, quadrant, value)")
    @GetMapping("/customers/{id}/classification")
    CustomerClassification ofCustomer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return runs.ofCustomer(id, user);
    }

    @Operation(summary = "How many customers moved from each grade of run `against` to each grade of this run")
    @GetMapping("/classification/runs/{id}/changes")
    List<GradeMove> changes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam long against) {
        return runs.compare(id, against, user);
    }

    record OverrideRequest(Grade grade, String reason) {
    }

    @Operation(summary = "Set a customer's grade by hand with a reason (classification:run); in force from the next "
            + "run until revoked")
    @PutMapping("/classification/overrides/{customerId}")
    GradeOverride override(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestBody OverrideRequest request) {
        return overrides.set(customerId, request.grade(), request.reason(), user);
    }

    @Operation(summary = "The customer's manual grade in force")
    @GetMapping("/classification/overrides/{customerId}")
    GradeOverride currentOverride(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return overrides.find(customerId, user)
                .orElseThrow(() -> new NotFound("classification.override.notFound", customerId));
    }

    @Operation(summary = "Revoke the customer's manual grade")
    @DeleteMapping("/classification/overrides/{customerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        overrides.revoke(customerId, user);
    }
}
