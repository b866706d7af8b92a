package com.logicrm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the places that answer before
 * Spring MVC does (security filters, the error controller).
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    public ProblemDetail problem(HttpStatus status, String messageCode, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageCode, null, messageCode, locale));
        String genericTitle = messages.getMessage("error.generic.title", null, status.getReasonPhrase(), locale);
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, genericTitle, locale));
        return problem;
    }

    /**
     * Answers in the language the application would choose for this request. Filters run before
     * Spring MVC has resolved the locale, so {@code LocaleContextHolder} would give the server's.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String messageCode) throws IOException {
        write(response, status, messageCode, locales.resolveLocale(request));
    }

    public void write(HttpServletResponse response, HttpStatus status, String messageCode, Locale locale)
            throws IOException {
        write(response, problem(status, messageCode, locale));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Paths whose callers are programs (the API and the operations endpoints): they get problem documents. */
    public static boolean isApiPath(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator/"));
    }
}
