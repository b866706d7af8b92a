package com.logicrm.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the server can tell: keeps the cookies it is given (the session cookie among
 * them), follows no redirects, posts forms URL-encoded and reads the CSRF token out of a page.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private final ApiClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public BrowserSession(int port) {
        this.http = new ApiClient(port);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Loads the page and returns the CSRF token of its form. */
    public String csrfTokenOf(String path) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
        }
        return csrfToken(page.body());
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No _csrf input in the page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** Signs in through the login form and returns the answer to the form post. */
    public HttpResponse<String> signIn(String username, String password) {
        String csrf = csrfTokenOf("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf));
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = http.request(path, null).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = http.send(request.build());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = header.toLowerCase().contains("max-age=0");
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
