package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.util.List;

/**
 * A row of facts as the archive would file it: in canonical form where each field could be read, with
 * every field that could not — an import reports them all at once instead of one per attempt.
 */
public record ImportCheck(CustomerFacts facts, List<InvalidField> problems) {

    public boolean acceptable() {
        return problems.isEmpty();
    }
}
