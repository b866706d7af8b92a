package com.logicrm.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place errors that escaped every handler end up: API callers get a problem document,
 * people get a page in their language. Neither ever sees a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemResponses problems;

    ErrorPages(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ProblemResponses.isApiPath(path) || wantsJson(request)) {
            problems.write(response, status, "error." + status.value() + ".message", LocaleContextHolder.getLocale());
            return null; // already answered; null tells MVC there is nothing to render
        }
        // by number: resolve(413) gives CONTENT_TOO_LARGE, which a case on the deprecated PAYLOAD_TOO_LARGE missed
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 413 -> "error/413";
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
        return new ModelAndView(view, status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
