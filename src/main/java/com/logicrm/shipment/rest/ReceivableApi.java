package com.logicrm.shipment.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.shipment.InvoiceItem;
import com.logicrm.shipment.PaymentItem;
import com.logicrm.shipment.ReceivableManagement;
import com.logicrm.shipment.Receivables;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Receivables over JSON (TXN-3): batch loads of invoices and payments, a customer's balance and ageing. */
@RestController
@RequestMapping("/api/v1")
class ReceivableApi {

    private final ReceivableManagement receivables;
    private final BatchAnswers answers;

    ReceivableApi(ReceivableManagement receivables, BatchAnswers answers) {
        this.receivables = receivables;
        this.answers = answers;
    }

    @PostMapping("/invoices:batch")
    BatchAnswers.BatchAnswer invoices(@AuthenticationPrincipal SignedInUser user,
            @RequestBody BatchAnswers.Batch<InvoiceItem> batch) {
        return answers.of(receivables.loadInvoices(batch.source(), batch.itemsOrNone(), user));
    }

    @PostMapping("/payments:batch")
    BatchAnswers.BatchAnswer payments(@AuthenticationPrincipal SignedInUser user,
            @RequestBody BatchAnswers.Batch<PaymentItem> batch) {
        return answers.of(receivables.loadPayments(batch.source(), batch.itemsOrNone(), user));
    }

    /** Balance and ageing at {@code at} (ISO date, today when absent). */
    @GetMapping("/customers/{id}/receivables")
    Receivables receivables(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return receivables.receivables(id, at, user);
    }
}
