package com.logicrm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every page of the shell its side navigation and the path it is on, once the page's controller
 * has chosen its view. An interceptor rather than a {@code @ModelAttribute} advice: an advice is
 * looked up and invoked for every controller call, API calls included, and cost about a tenth of one;
 * this runs for pages only (registered without {@code /api/**}) and not for redirects.
 */
class ShellModel implements HandlerInterceptor {

    private final List<NavigationEntry> entries;

    ShellModel(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView
                || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        String path = request.getRequestURI();
        page.addObject("navigation", navigation(SecurityContextHolder.getContext().getAuthentication()));
        page.addObject("currentPath", path);
        page.addObject("activePath", activePath(path));
    }

    private Map<String, List<NavigationEntry>> navigation(Authentication authentication) {
        Map<String, List<NavigationEntry>> sections = new LinkedHashMap<>();
        entries.stream()
                .filter(entry -> Permitted.to(authentication, entry.permission()))
                .forEach(entry -> sections.computeIfAbsent(entry.section(), key -> new ArrayList<>()).add(entry));
        return sections;
    }

    /** The navigation entry the page belongs to: the longest entry path that the current path starts with. */
    private String activePath(String path) {
        return entries.stream()
                .map(NavigationEntry::path)
                .filter(candidate -> path.equals(candidate) || path.startsWith(candidate + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(path);
    }
}
