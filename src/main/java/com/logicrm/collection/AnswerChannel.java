package com.logicrm.collection;

/**
 * How the answers reached us: taken down by staff on the phone, from a letter or mail, on a visit,
 * or typed by the customer through a one-time link ({@link #LINK}, never chosen by staff).
 */
public enum AnswerChannel {
    PHONE, MAIL, VISIT, LINK;

    public boolean byStaff() {
        return this != LINK;
    }
}
