package com.logicrm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of the shell its side navigation and the path it is on. A {@code @RestController}
 * is a {@code @Controller} too, so the advice runs for API calls as well; they render no page and get
 * an empty navigation instead of one checked entry by entry against the caller's permissions.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final List<NavigationEntry> entries;

    ShellModelAdvice(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    Map<String, List<NavigationEntry>> navigation(Authentication authentication, HttpServletRequest request) {
        if (ProblemResponses.isApiPath(request.getRequestURI())) {
            return Map.of();
        }
        Map<String, List<NavigationEntry>> sections = new LinkedHashMap<>();
        entries.stream()
                .filter(entry -> Permitted.to(authentication, entry.permission()))
                .forEach(entry -> sections.computeIfAbsent(entry.section(), key -> new java.util.ArrayList<>()).add(entry));
        return sections;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The navigation entry the page belongs to: the longest entry path that the current path starts with. */
    @ModelAttribute("activePath")
    String activePath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return entries.stream()
                .map(NavigationEntry::path)
                .filter(candidate -> path.equals(candidate) || path.startsWith(candidate + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(path);
    }
}
