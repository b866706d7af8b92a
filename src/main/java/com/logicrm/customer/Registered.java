package com.logicrm.customer;

import java.util.List;

/**
 * The outcome of registering a customer: its id and archive number, what deserves a second look
 * ({@code possibleDuplicate} among them when there are candidates), and the possible duplicates.
 */
public record Registered(long id, String archiveNo, List<String> warnings, List<DuplicateCandidate> duplicates) {
}
