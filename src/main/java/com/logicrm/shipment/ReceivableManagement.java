package com.logicrm.shipment;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of receivables (TXN-3): load invoices and payments in batches, read a customer's
 * balance and ageing at a date. Reads ask the archive for the customer first, so a customer outside
 * the caller's data scope is 404 here too.
 */
@Service
public class ReceivableManagement {

    private final ReceivableLoader loader;
    private final ReceivableQueries queries;
    private final CustomerManagement customers;
    private final Clock clock;

    ReceivableManagement(ReceivableLoader loader, ReceivableQueries queries, CustomerManagement customers,
            Clock clock) {
        this.loader = loader;
        this.queries = queries;
        this.customers = customers;
        this.clock = clock;
    }

    /** Loads the good invoices of a batch and reports the others; invoices already loaded stay as they are. */
    @PreAuthorize("hasAuthority('receivable:write')")
    public LoadResult loadInvoices(String source, List<InvoiceItem> items, SignedInUser user) {
        return loader.invoices(source, items, null);
    }

    /** Loads the good payments of a batch and reports the others; payments already loaded stay as they are. */
    @PreAuthorize("hasAuthority('receivable:write')")
    public LoadResult loadPayments(String source, List<PaymentItem> items, SignedInUser user) {
        return loader.payments(source, items, null);
    }

    /** Balance and ageing at {@code at} (today when null). */
    @PreAuthorize("hasAuthority('receivable:read')")
    @Transactional // a confidential customer's view is audited
    public Receivables receivables(long customerId, LocalDate at, SignedInUser user) {
        customers.get(customerId, user);
        return queries.at(customerId, at != null ? at : LocalDate.now(clock.withZone(ZoneId.systemDefault())));
    }
}
