package com.logicrm.customer;

import com.logicrm.shared.DomainProblem;

/** An upload whose content is not one of the accepted kinds, or does not match its file name (415). */
public class DocumentRefused extends DomainProblem {

    DocumentRefused(String messageCode, Object... arguments) {
        super(Kind.UNSUPPORTED_CONTENT, messageCode, arguments);
    }

    @Override
    public String field() {
        return "file";
    }
}
