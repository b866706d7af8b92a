package com.logicrm.access;

/**
 * The outcome of re-computing the audit trail's hash chain.
 *
 * @param intact        true when every row matches its content and links to the row before it
 * @param rowsChecked   how many rows were read
 * @param firstBrokenId the first row that does not match, or null
 * @param problem       CONTENT_CHANGED (the row was altered) or LINK_BROKEN (a row before it was removed or
 *                      altered), or null
 */
public record ChainVerification(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {

    static ChainVerification intact(long rows) {
        return new ChainVerification(true, rows, null, null);
    }

    static ChainVerification broken(long rows, long id, String problem) {
        return new ChainVerification(false, rows, id, problem);
    }
}
