package com.logicrm.classification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A run's line for one customer the reader may see, with the customer's archive number and name. */
public record ListedRunCustomer(String archiveNo, String name, @JsonUnwrapped RunCustomer result) {
}
