package com.logicrm.customer;

/**
 * Published in the handover's transaction, for the parts of the system that keep work per person
 * (open tasks, follow-up plans) and must follow the customers to their new owner.
 */
public record CustomersHandedOver(long handoverId, long fromUserId, long toUserId, int customerCount) {
}
