package com.logicrm.shared;

/** The thing asked for does not exist (or is outside the caller's data scope, which must look the same). */
public class NotFound extends DomainProblem {

    public NotFound(String messageCode, Object... arguments) {
        super(Kind.NOT_FOUND, messageCode, arguments);
    }
}
