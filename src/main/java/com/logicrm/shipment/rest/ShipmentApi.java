package com.logicrm.shipment.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shipment.ReturnItem;
import com.logicrm.shipment.ReturnManagement;
import com.logicrm.shipment.ServiceIndicators;
import com.logicrm.shipment.ShipmentItem;
import com.logicrm.shipment.ShipmentManagement;
import com.logicrm.shipment.TransactionSummary;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Business data over JSON: batch loads of shipments (TXN-2) and returns (TXN-4), a customer's summary (TXN-5) and KPIs (KPI-1). */
@RestController
@RequestMapping("/api/v1")
class ShipmentApi {

    private final ShipmentManagement shipments;
    private final ReturnManagement returns;
    private final BatchAnswers answers;

    ShipmentApi(ShipmentManagement shipments, ReturnManagement returns, BatchAnswers answers) {
        this.shipments = shipments;
        this.returns = returns;
        this.answers = answers;
    }

    @PostMapping("/shipments:batch")
    BatchAnswers.BatchAnswer load(@AuthenticationPrincipal SignedInUser user,
            @RequestBody BatchAnswers.Batch<ShipmentItem> batch) {
        return answers.of(shipments.load(batch.source(), batch.itemsOrNone(), user));
    }

    /** Returns, compensations and discounts (TXN-4), each also catalogued in the archive's section 4. */
    @PostMapping("/returns:batch")
    BatchAnswers.BatchAnswer returns(@AuthenticationPrincipal SignedInUser user,
            @RequestBody BatchAnswers.Batch<ReturnItem> batch) {
        return answers.of(returns.load(batch.source(), batch.itemsOrNone(), user));
    }

    @GetMapping("/customers/{id}/summary")
    TransactionSummary summary(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return shipments.summary(id, user);
    }

    @GetMapping("/customers/{id}/kpis")
    ServiceIndicators kpis(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return shipments.indicators(id, from, to, user);
    }

    record Recompute(YearMonth from, YearMonth to) {
    }

    /** Rebuilds the monthly summary (sales and service figures) of a range of months from the shipments. */
    @PostMapping("/shipments/summary:recompute")
    ResponseEntity<Job> recompute(@AuthenticationPrincipal SignedInUser user, @RequestBody Recompute months) {
        Job job = shipments.recompute(months.from(), months.to(), user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/shipments/summary/recomputations/" + job.id()))
                .body(job);
    }

    @GetMapping("/shipments/summary/recomputations/{id}")
    Job recomputation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return shipments.recomputation(id, user);
    }
}
