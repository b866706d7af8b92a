package com.logicrm.customer;

/**
 * Moves what hangs off a customer to another customer when the two are merged (ARC-12). Each part of
 * the archive that keeps rows by customer (change history, contacts, documents …) contributes one bean;
 * {@link CustomerMerge} calls every one of them in its transaction, so a merge moves everything or
 * nothing. Implementations re-key rows with one statement and never check visibility: the merge did.
 */
public interface CustomerRecordsMove {

    /** What moves, for the audit summary: {@code history}, {@code contacts}, {@code documents}. */
    String records();

    /** Re-keys every row of {@code fromCustomerId} to {@code toCustomerId}; returns how many moved. */
    int move(long fromCustomerId, long toCustomerId);
}
