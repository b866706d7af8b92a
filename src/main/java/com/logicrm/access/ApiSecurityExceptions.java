package com.logicrm.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A permission check or a credential check that fails inside an API call is answered the same way
 * as one the filter chain refuses: 403 (audited) or 401, as a problem document.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiSecurityExceptions {

    private final DeniedRequests denied;

    ApiSecurityExceptions(DeniedRequests denied) {
        this.denied = denied;
    }

    @ExceptionHandler(AccessDeniedException.class)
    void forbidden(AccessDeniedException exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        denied.handle(request, response, exception);
    }

    @ExceptionHandler(AuthenticationException.class)
    void unauthenticated(AuthenticationException exception, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        denied.commence(request, response, exception);
    }
}
