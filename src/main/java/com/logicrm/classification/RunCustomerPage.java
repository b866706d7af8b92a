package com.logicrm.classification;

import java.util.List;

/**
 * A page of a run's customers as one reader sees them; {@code nextAfter} is the rank to continue
 * after, null when the run has no more lines.
 */
public record RunCustomerPage(List<ListedRunCustomer> customers, Integer nextAfter) {

    public RunCustomerPage {
        customers = List.copyOf(customers);
    }
}
