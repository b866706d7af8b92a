package com.logicrm.shared;

/**
 * A request the domain refuses for a reason the user can understand. The message is a key in the
 * message files, so the web layer can say it in the user's language; the kind decides the HTTP status.
 */
public abstract class DomainProblem extends RuntimeException {

    /**
     * Decides the HTTP status: 404, 409, 400, 415 (content of a kind not accepted), 413 (too large),
     * 403 (the person's rights do not reach this far, for a reason worth telling them).
     */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, UNSUPPORTED_CONTENT, TOO_LARGE, FORBIDDEN }

    private final Kind kind;
    private final String messageCode;
    private final transient Object[] arguments;

    protected DomainProblem(Kind kind, String messageCode, Object... arguments) {
        super(messageCode);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public Kind kind() {
        return kind;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form or JSON field the problem is about, or null when it concerns the request as a whole. */
    public String field() {
        return null;
    }
}
