package com.logicrm.shared;

/**
 * The person may do this kind of thing, but not to this extent: an export too large for their
 * rights, say. Unlike a missing permission (a bare 403), the message tells them which right it takes.
 */
public class Forbidden extends DomainProblem {

    public Forbidden(String messageCode, Object... arguments) {
        super(Kind.FORBIDDEN, messageCode, arguments);
    }
}
