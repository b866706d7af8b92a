package com.logicrm.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON and form bodies above a limit with 413 before anyone reads them. Batch endpoints
 * ({@code …:batch}, up to 10,000 items) have a larger limit of their own; file uploads (multipart)
 * have theirs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxBatchBytes;
    private final ProblemResponses problems;

    RequestSizeLimitFilter(RequestLimits limits, ProblemResponses problems) {
        this.maxBytes = limits.maxBody().toBytes();
        this.maxBatchBytes = limits.maxBatchBody().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long limit = request.getRequestURI().endsWith(":batch") ? maxBatchBytes : maxBytes;
        if (!multipart && request.getContentLengthLong() > limit) {
            if (ProblemResponses.isApiPath(request.getRequestURI())) {
                problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.413.message");
            } else {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @ConfigurationProperties("logicrm.web")
    record RequestLimits(DataSize maxBody, DataSize maxBatchBody) {
        RequestLimits {
            if (maxBody == null) {
                maxBody = DataSize.ofMegabytes(1);
            }
            if (maxBatchBody == null) {
                maxBatchBody = DataSize.ofMegabytes(16);
            }
        }
    }
}
