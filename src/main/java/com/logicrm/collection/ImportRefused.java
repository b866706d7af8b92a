package com.logicrm.collection;

import com.logicrm.shared.DomainProblem;

/** A file or request the importer cannot work with at all; the message says why and what to do. */
public class ImportRefused extends DomainProblem {

    private ImportRefused(Kind kind, String messageCode, Object... arguments) {
        super(kind, messageCode, arguments);
    }

    static ImportRefused invalid(String messageCode, Object... arguments) {
        return new ImportRefused(Kind.INVALID, messageCode, arguments);
    }

    static ImportRefused unsupported(String messageCode, Object... arguments) {
        return new ImportRefused(Kind.UNSUPPORTED_CONTENT, messageCode, arguments);
    }

    static ImportRefused conflict(String messageCode, Object... arguments) {
        return new ImportRefused(Kind.CONFLICT, messageCode, arguments);
    }
}
