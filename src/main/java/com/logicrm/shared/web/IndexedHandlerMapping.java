package com.logicrm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mapping, with the mappings indexed by the literal segments their patterns begin
 * with, their segment count and their methods. The stock look-up tries every pattern mapping of the
 * application in turn for a path with a variable in it (about three hundred here, a tenth of an API
 * call's time); this one tries only those of the request's method and segment count whose leading
 * literal segments are a prefix of its path ({@code GET /api/v1/customers/42} tries the four-segment GET
 * mappings under {@code /api/v1/customers}, {@code /api/v1}, {@code /api} and the root, and those of
 * any length there).
 * Whenever the answer is not a single best match found that way — no match (404, 405 or 415 must be
 * told apart from all mappings), an ambiguous one, a CORS pre-flight, a path Spring matches by a
 * direct look-up anyway, or one with encoded or matrix characters — the stock look-up answers.
 */
class IndexedHandlerMapping extends RequestMappingHandlerMapping {

    /** Segments of literal prefix kept per mapping: enough to tell the API's resources apart. */
    static final int DEPTH = 3;

    private record Candidate(RequestMappingInfo info, HandlerMethod handler) {
    }

    /** The methods looked up by index; others (HEAD, which GET mappings also answer, OPTIONS, TRACE) the stock way. */
    private static final Set<String> INDEXED_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** A pattern's segment count when it spans any number of segments ({@code /**}, <code>{*rest}</code>). */
    static final int ANY_LENGTH = -1;

    /** Candidates by request method, segment count and literal prefix ("GET 4 /api/v1/customers"). */
    private record Index(Map<String, List<Candidate>> filed, Set<String> directPaths) {

        int tried(String method, String path) {
            int tried = 0;
            for (String key : keys(method, path)) {
                tried += filed.getOrDefault(key, List.of()).size();
            }
            return tried;
        }
    }

    private volatile Index index;

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        index = indexOf(handlerMethods);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        index = null;
        super.registerMapping(mapping, handler, method);
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        index = null;
        super.unregisterMapping(mapping);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String method = request.getMethod();
        Index current = indexFor(method, lookupPath);
        if (current == null || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<Candidate> matches = new ArrayList<>(2);
        List<RequestMappingInfo> infos = new ArrayList<>(2);
        for (String key : keys(method, lookupPath)) {
            for (Candidate candidate : current.filed().getOrDefault(key, List.of())) {
                RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
                if (match != null) {
                    matches.add(candidate);
                    infos.add(match);
                }
            }
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        int best = 0;
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
            for (int i = 1; i < matches.size(); i++) {
                if (comparator.compare(infos.get(i), infos.get(best)) < 0) {
                    best = i;
                }
            }
            for (int i = 0; i < matches.size(); i++) {
                if (i != best && comparator.compare(infos.get(i), infos.get(best)) == 0) {
                    return super.lookupHandlerMethod(lookupPath, request);
                }
            }
        }
        HandlerMethod handler = matches.get(best).handler();
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(infos.get(best), lookupPath, request);
        return handler;
    }

    /** How many mappings the look-up tries for the path, or -1 when the stock look-up answers it. */
    int tried(String method, String lookupPath) {
        Index current = indexFor(method, lookupPath);
        return current == null ? -1 : current.tried(method, lookupPath);
    }

    /** The index, if it may answer this method and path; null when the stock look-up must. */
    private Index indexFor(String method, String lookupPath) {
        Index current = index;
        boolean indexed = current != null && INDEXED_METHODS.contains(method)
                && !current.directPaths().contains(lookupPath) && lookupPath.indexOf('%') < 0
                && lookupPath.indexOf(';') < 0;
        return indexed ? current : null;
    }

    /** The stock look-up, for comparing against it. */
    HandlerMethod lookupWithoutIndex(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    private Index indexOf(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        Map<String, List<Candidate>> filed = new HashMap<>();
        Set<String> directPaths = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMethods.entrySet()) {
            PathPatternsRequestCondition patterns = entry.getKey().getPathPatternsCondition();
            if (patterns == null) {
                return null;
            }
            directPaths.addAll(getDirectPaths(entry.getKey()));
            Set<String> shapes = new HashSet<>();
            for (PathPattern pattern : patterns.getPatterns()) {
                shapes.add(segments(pattern.getPatternString()) + " " + literalPrefix(pattern.getPatternString()));
            }
            if (patterns.getPatterns().isEmpty()) {
                shapes.add(ANY_LENGTH + " ");
            }
            Set<String> methods = new HashSet<>();
            entry.getKey().getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            for (String method : methods.isEmpty() ? INDEXED_METHODS : methods) {
                for (String shape : shapes) {
                    filed.computeIfAbsent(method + " " + shape, key -> new ArrayList<>())
                            .add(new Candidate(entry.getKey(), entry.getValue()));
                }
            }
        }
        return new Index(Map.copyOf(filed), Set.copyOf(directPaths));
    }

    /** The pattern's leading literal segments, at most {@link #DEPTH}: {@code /api/v1/customers} of {@code /api/v1/customers/{id}}. */
    static String literalPrefix(String pattern) {
        StringBuilder prefix = new StringBuilder();
        String[] segments = pattern.split("/", -1);
        int depth = 0;
        // the last segment is never a prefix segment: "/api/v1" itself is filed under "/api"
        for (int i = 1; i < segments.length - 1 && depth < DEPTH; i++, depth++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0
                    || segment.indexOf('?') >= 0) {
                break;
            }
            prefix.append('/').append(segment);
        }
        return prefix.toString();
    }

    /** How many segments the pattern matches, or {@link #ANY_LENGTH}. */
    static int segments(String pattern) {
        if (pattern.contains("**") || pattern.contains("{*")) {
            return ANY_LENGTH;
        }
        return pattern.split("/", -1).length - 1;
    }

    /** The keys a mapping the request may match is filed under: its method, its segment count or any, each prefix. */
    static List<String> keys(String method, String path) {
        int segments = path.split("/", -1).length - 1;
        List<String> keys = new ArrayList<>(2 * (DEPTH + 1));
        for (String prefix : prefixes(path)) {
            keys.add(method + " " + segments + " " + prefix);
            keys.add(method + " " + ANY_LENGTH + " " + prefix);
        }
        return keys;
    }

    /** The request path's prefixes a mapping may be filed under: the root and up to {@link #DEPTH} leading segments. */
    static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>(DEPTH + 1);
        prefixes.add("");
        int end = 0;
        for (int depth = 0; depth < DEPTH; depth++) {
            int next = path.indexOf('/', end + 1);
            if (next < 0) {
                break;
            }
            prefixes.add(path.substring(0, next));
            end = next;
        }
        return prefixes;
    }
}
