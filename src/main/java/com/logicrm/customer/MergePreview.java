package com.logicrm.customer;

import java.util.List;

/** Two customers about to be merged and the facts on which they differ. */
public record MergePreview(CustomerView survivor, CustomerView merged, List<MergeField> differences) {
}
