package com.logicrm.shared;

/** The request clashes with the current state: a duplicate key, a thing still in use, a stale version. */
public class Conflict extends DomainProblem {

    public Conflict(String messageCode, Object... arguments) {
        super(Kind.CONFLICT, messageCode, arguments);
    }
}
