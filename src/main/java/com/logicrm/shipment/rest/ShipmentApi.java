package com.logicrm.shipment.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.shipment.ItemProblem;
import com.logicrm.shipment.LoadResult;
import com.logicrm.shipment.ServiceIndicators;
import com.logicrm.shipment.ShipmentItem;
import com.logicrm.shipment.ShipmentManagement;
import com.logicrm.shipment.TransactionSummary;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Business data over JSON: batch loads of shipments (TXN-2), a customer's summary (TXN-5) and KPIs (KPI-1). */
@RestController
@RequestMapping("/api/v1")
class ShipmentApi {

    private final ShipmentManagement shipments;
    private final MessageSource messages;

    ShipmentApi(ShipmentManagement shipments, MessageSource messages) {
        this.shipments = shipments;
        this.messages = messages;
    }

    /** A batch: the source system's name (each item may name its own) and up to 10,000 items. */
    record Batch(String source, List<ShipmentItem> items) {
    }

    /** One refused item, its message in the caller's language. */
    record ItemError(int index, String field, String code, String message) {
    }

    record BatchAnswer(int received, int loaded, int alreadyLoaded, int rejected, List<ItemError> errors) {
    }

    @PostMapping("/shipments:batch")
    BatchAnswer load(@AuthenticationPrincipal SignedInUser user, @RequestBody Batch batch) {
        LoadResult result = shipments.load(batch.source(), batch.items() == null ? List.of() : batch.items(), user);
        return new BatchAnswer(result.received(), result.loaded(), result.alreadyLoaded(), result.rejected(),
                result.problems().stream().map(this::error).toList());
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

    private ItemError error(ItemProblem problem) {
        return new ItemError(problem.index(), problem.field(), problem.code(),
                messages.getMessage(problem.messageCode(), null, problem.code(), LocaleContextHolder.getLocale()));
    }
}
