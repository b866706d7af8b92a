package com.logicrm.shipment;

import com.logicrm.support.ApiClient;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoices and payments as a billing system would send them, and the ageing worked out here from the
 * rows a test sent, in a way of its own: the payments that name no invoice, and what named ones pay
 * beyond their invoice, are laid over the invoices in due-date order by cumulative sums.
 */
final class ReceivableFixtures {

    private ReceivableFixtures() {
    }

    record Invoice(String number, String issuedOn, String dueOn, String amount) {
    }

    record Payment(String externalId, String paidOn, String amount, String invoiceNumber) {
    }

    static Map<String, Object> invoice(long customerId, Invoice invoice) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", invoice.number());
        item.put("customerId", customerId);
        item.put("issuedOn", invoice.issuedOn());
        item.put("dueOn", invoice.dueOn());
        item.put("amount", invoice.amount());
        item.put("currency", "CNY");
        return item;
    }

    static Map<String, Object> payment(long customerId, Payment payment) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("externalId", payment.externalId());
        item.put("customerId", customerId);
        item.put("paidOn", payment.paidOn());
        item.put("amount", payment.amount());
        if (payment.invoiceNumber() != null) {
            item.put("invoiceNumber", payment.invoiceNumber());
        }
        return item;
    }

    static HttpResponse<String> loadInvoices(ApiClient api, String token, String source,
            List<Map<String, Object>> items) {
        return api.post("/api/v1/invoices:batch", token, ShipmentFixtures.batch(source, items));
    }

    static HttpResponse<String> loadPayments(ApiClient api, String token, String source,
            List<Map<String, Object>> items) {
        return api.post("/api/v1/payments:batch", token, ShipmentFixtures.batch(source, items));
    }

    /** Open amount per bucket: not due, 0–30, 31–60, 61–90, over 90 days past due; then the credit. */
    static BigDecimal[] expectedAgeing(List<Invoice> invoices, List<Payment> payments, LocalDate at) {
        List<Invoice> issued = invoices.stream().filter(i -> !LocalDate.parse(i.issuedOn()).isAfter(at))
                .sorted(Comparator.comparing(Invoice::dueOn).thenComparing(Invoice::issuedOn)
                        .thenComparing(Invoice::number)).toList();
        List<Payment> received = payments.stream().filter(p -> !LocalDate.parse(p.paidOn()).isAfter(at)).toList();
        List<BigDecimal> afterNamed = new ArrayList<>();
        BigDecimal unnamed = BigDecimal.ZERO;
        for (Payment payment : received) {
            if (payment.invoiceNumber() == null) {
                unnamed = unnamed.add(new BigDecimal(payment.amount()));
            }
        }
        for (Invoice invoice : issued) {
            BigDecimal named = received.stream().filter(p -> invoice.number().equals(p.invoiceNumber()))
                    .map(p -> new BigDecimal(p.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal amount = new BigDecimal(invoice.amount());
            afterNamed.add(amount.subtract(named).max(BigDecimal.ZERO));
            unnamed = unnamed.add(named.subtract(amount).max(BigDecimal.ZERO));
        }
        BigDecimal[] result = new BigDecimal[6];
        Arrays.fill(result, BigDecimal.ZERO);
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < issued.size(); i++) {
            BigDecimal owed = afterNamed.get(i);
            // of the pool, this invoice receives what is left after the invoices due before it
            BigDecimal settled = unnamed.subtract(before).max(BigDecimal.ZERO).min(owed);
            before = before.add(owed);
            long days = ChronoUnit.DAYS.between(LocalDate.parse(issued.get(i).dueOn()), at);
            int bucket = days < 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
            result[bucket] = result[bucket].add(owed.subtract(settled));
        }
        result[5] = unnamed.subtract(before).max(BigDecimal.ZERO);
        return result;
    }
}
