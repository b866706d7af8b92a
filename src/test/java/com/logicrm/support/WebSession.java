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
 * A browser's session without the browser: signs in through the login form, keeps the cookies and
 * posts forms with the CSRF token of the page they came from.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final ApiClient api;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebSession(ApiClient api) {
        this.api = api;
    }

    /** A visitor who does not sign in (the pages behind one-time links); cookies and CSRF work as ever. */
    public static WebSession anonymous(ApiClient api) {
        return new WebSession(api);
    }

    public static WebSession signIn(ApiClient api, String username) {
        WebSession session = new WebSession(api);
        HttpResponse<String> signedIn = session.post("/login", session.get("/login").body(),
                Map.of("username", username, "password", DemoAccounts.PASSWORD));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(api.request(path, null).GET());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = api.request(path, null).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a form with the CSRF token found in {@code page}, the HTML the form was on. */
    public HttpResponse<String> post(String path, String page, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("The page has no CSRF token");
        }
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", csrf.group(1));
        String form = body.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(api.request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = api.send(request.build());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
