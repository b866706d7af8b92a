package com.logicrm.shared;

/** One field of a command is unacceptable for a business reason (an unknown department, a weak password …). */
public class InvalidField extends DomainProblem {

    private final String field;

    public InvalidField(String field, String messageCode, Object... arguments) {
        super(Kind.INVALID, messageCode, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
