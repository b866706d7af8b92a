package com.logicrm.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers an upload over {@code spring.servlet.multipart.max-file-size} with 413 before anything else
 * touches the request. Left alone, the first {@code getParameter} (the CSRF check reading the token
 * of a form) makes the container parse the body, fail, and throw on that and every later parameter
 * read, including those of the error page — the person would get the container's bare error page,
 * an API caller an empty body. So multipart bodies are parsed here first: too large, and API callers
 * get a 413 problem document in their language, people the 413 page; otherwise the parsed parts are
 * kept by the container and the request goes on as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final LocaleResolver locales;

    UploadLimitFilter(ProblemResponses problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            new StandardMultipartHttpServletRequest(request); // parses now; Spring names size failures for us
        } catch (MaxUploadSizeExceededException tooLarge) {
            refuse(request, response);
            return;
        } catch (MultipartException malformed) {
            // not a size problem: whoever reads the body next answers it as before
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (ProblemResponses.isApiPath(request.getRequestURI())) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge",
                    locales.resolveLocale(request));
            return;
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }

    /** The refused request as the error page sees it: no parameters or parts that could throw again. */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
