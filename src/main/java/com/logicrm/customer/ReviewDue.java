package com.logicrm.customer;

import java.time.Instant;

/** A current customer whose profile has not been reviewed within the review interval (ARC-10). */
public record ReviewDue(long id, String archiveNo, String name, long ownerId, String ownerName, Instant reviewedAt) {
}
