package com.logicrm.customer;

import com.logicrm.shared.DomainProblem;

/** An upload larger than the limit (413); noticed while it is being written, so it never fills the disk. */
public class DocumentTooLarge extends DomainProblem {

    DocumentTooLarge(long maxMegabytes) {
        super(Kind.TOO_LARGE, "document.tooLarge", maxMegabytes);
    }

    @Override
    public String field() {
        return "file";
    }
}
