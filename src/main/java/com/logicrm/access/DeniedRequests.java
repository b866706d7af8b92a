package com.logicrm.access;

import com.logicrm.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers requests that security turns away: 401 for the API when nobody is signed in, and 403
 * everywhere for a permission the caller lacks, which is also written to the audit trail.
 */
class DeniedRequests implements AccessDeniedHandler, AuthenticationEntryPoint {

    static final String PERMISSION_DENIED = "PERMISSION_DENIED";
    private final ProblemResponses problems;
    private final AuditTrail audit;

    DeniedRequests(ProblemResponses problems, AuditTrail audit) {
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        audit.record(csrf ? "CSRF_REJECTED" : PERMISSION_DENIED, "request", null,
                request.getMethod() + " " + request.getRequestURI());
        if (ProblemResponses.isApiPath(request.getRequestURI())) {
            problems.write(request, response, HttpStatus.FORBIDDEN, csrf ? "error.csrf.message" : "error.403.message");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String reason = failure instanceof LockedException ? "auth.locked"
                : failure instanceof DisabledException ? "auth.disabled"
                : failure instanceof BadCredentialsException ? "auth.badCredentials"
                : "auth.required";
        problems.write(request, response, HttpStatus.UNAUTHORIZED, reason);
    }
}
