package com.logicrm.shared.web;

import com.logicrm.shared.DomainProblem;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of refusal, the same for the API and for pages. */
final class ProblemStatus {

    private ProblemStatus() {
    }

    static HttpStatus of(DomainProblem problem) {
        return switch (problem.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNSUPPORTED_CONTENT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
