package com.logicrm.classification;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerDirectory;
import org.springframework.stereotype.Component;

/** A run's customers as the reader may see them, named (see {@link ScopedPages}). */
@Component
class ScopedRunCustomers {

    private final RunResults results;
    private final CustomerDirectory directory;

    ScopedRunCustomers(RunResults results, CustomerDirectory directory) {
        this.results = results;
        this.directory = directory;
    }

    RunCustomerPage page(long runId, CustomerFilter filter, int afterRank, int size, SignedInUser user) {
        ScopedPages.Page<ListedRunCustomer, Integer> page = ScopedPages.fill(
                (after, batch) -> results.customers(runId, filter, after, batch), RunCustomer::customerId,
                RunCustomer::rank, (line, customer) -> new ListedRunCustomer(customer.archiveNo(), customer.name(), line),
                afterRank, size, directory, user);
        return new RunCustomerPage(page.items(), page.nextAfter());
    }
}
