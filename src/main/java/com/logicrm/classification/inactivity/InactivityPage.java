package com.logicrm.classification.inactivity;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of the worklist, longest silent first; continue after ({@code nextAfterDate}, {@code nextAfterId}),
 * both null on the last page.
 */
public record InactivityPage(List<InactiveCustomer> customers, LocalDate nextAfterDate, Long nextAfterId) {

    public InactivityPage {
        customers = List.copyOf(customers);
    }
}
