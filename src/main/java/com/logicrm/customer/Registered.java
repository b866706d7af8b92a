package com.logicrm.customer;

import java.util.List;

/** The outcome of registering a customer: its id and archive number, and what deserves a second look. */
public record Registered(long id, String archiveNo, List<String> warnings) {
}
