package com.logicrm.shared.web;

import com.logicrm.shared.DomainProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that a page did not turn into a form error (an unknown or out-of-scope record, a
 * conflict) becomes the error page of its status — a 404 looks the same whether the record is
 * missing or hidden. JSON controllers are answered first by {@link ApiExceptionHandler}.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(DomainProblem.class)
    void refused(DomainProblem problem, HttpServletResponse response) throws IOException {
        response.sendError(ProblemStatus.of(problem).value());
    }
}
