package com.logicrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Checks that an answer is an RFC 9457 problem document with the given status. */
public final class Problems {

    private Problems() {
    }

    /** Asserts status, content type, the {@code status} member and a non-blank detail; returns the detail. */
    public static String assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(Json.number(response, "$.status")).isEqualTo(status);
        String detail = Json.text(response, "$.detail");
        assertThat(detail).isNotBlank();
        return detail;
    }
}
