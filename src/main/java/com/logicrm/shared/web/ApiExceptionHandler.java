package com.logicrm.shared.web;

import com.logicrm.shared.DomainProblem;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every JSON error is an RFC 9457 problem in the caller's language; validation problems list each
 * field. Unexpected failures are logged here and answered without internals. Security failures
 * are answered by the access module, which has an advice of higher precedence for them.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem problem) {
        HttpStatus status = ProblemStatus.of(problem);
        String message = messages.getMessage(problem.messageCode(), problem.arguments(), problem.messageCode(), locale());
        ProblemDetail body = problem(status, message);
        if (problem.field() != null) {
            body.setProperty("errors", List.of(new FieldProblem(problem.field(), problem.messageCode(), message)));
        }
        return ResponseEntity.status(status).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected failure answering an API request", exception);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.500.message")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object target = exception.getBindingResult().getTarget();
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldProblem(error, target == null ? null : target.getClass()))
                .toList();
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, text("api.validation.failed"));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("api.body.unreadable")));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getDetail() == null) {
            detail.setDetail(text("error." + status.value() + ".message", "error.generic.message"));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private FieldProblem fieldProblem(FieldError error, Class<?> target) {
        return new FieldProblem(JsonFieldPath.of(target, error.getField()), error.getCode(),
                messages.getMessage(error, locale()));
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error." + status.value() + ".title", "error.generic.title"));
        return problem;
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, locale());
    }

    private String text(String code, String fallbackCode) {
        String fallback = messages.getMessage(fallbackCode, null, fallbackCode, locale());
        return messages.getMessage(code, null, fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** One entry of the {@code errors} list: which field, which rule, what to tell the user. */
    record FieldProblem(String field, String code, String message) {
    }
}
