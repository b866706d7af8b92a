package com.logicrm.customer;

import java.util.List;

/**
 * A current customer that may be the same as the one at hand (ARC-12).
 *
 * @param why {@code mobile}, {@code phone} and/or {@code name} (near-identical name)
 */
public record DuplicateCandidate(long id, String archiveNo, String name, List<String> why) {
}
