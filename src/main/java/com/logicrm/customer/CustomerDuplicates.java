package com.logicrm.customer;

import com.logicrm.access.SignedInUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate detection (ARC-12): the candidates for one customer, and the report of probable pairs in
 * the caller's data scope. Registration calls the same finder and returns its candidates.
 */
@Service
public class CustomerDuplicates {

    private final CustomerVisibility visibility;
    private final DuplicateFinder finder;

    CustomerDuplicates(CustomerVisibility visibility, DuplicateFinder finder) {
        this.visibility = visibility;
        this.finder = finder;
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidates(long customerId, SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        return customer.stage().current() ? finder.candidates(customer, user) : List.of();
    }

    /** At most 100 pairs sharing a mobile, a phone or a name core; newest first. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<DuplicatePair> report(SignedInUser user) {
        return finder.pairs(user);
    }
}
