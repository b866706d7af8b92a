package com.logicrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Shipments loaded for classification tests, and classification runs started and waited for, all over the API. */
public final class ClassificationRunner {

    private ClassificationRunner() {
    }

    /** One order as a source system sends it; {@code revenue} and {@code cost} as decimal strings. */
    public record Order(long customerId, String orderedOn, String serviceType, int pieces, String revenue,
            String cost) {

        String json(String externalId) {
            return """
                    {"externalId":"%s","customerId":%d,"orderedOn":"%s","serviceType":"%s","pieces":%d,
                     "weightKg":"%d.000","revenue":"%s","cost":"%s"}""".formatted(externalId, customerId, orderedOn,
                    serviceType, pieces, pieces * 3, revenue, cost);
        }
    }

    /** Loads {@code orders} in one batch under a new source name; fails the test unless all are loaded. */
    public static void load(ApiClient api, String token, List<Order> orders) {
        String source = "CLS-" + ThreadLocalRandom.current().nextInt(100_000_000);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            items.add(orders.get(i).json(source + "-" + i));
        }
        HttpResponse<String> loaded = api.post("/api/v1/shipments:batch", token,
                "{\"source\":\"" + source + "\",\"items\":[" + String.join(",", items) + "]}");
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(Json.number(loaded, "$.loaded")).as(loaded.body()).isEqualTo(orders.size());
    }

    /** Starts a run with {@code body} (expects 202 and a Location) and returns the run once it has finished. */
    public static HttpResponse<String> run(ApiClient api, String token, String body) {
        HttpResponse<String> started = api.post("/api/v1/classification/runs", token, body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/v1/classification/runs/" + Json.number(started, "$.id"));
        return awaitFinished(api, token, location);
    }

    public static HttpResponse<String> awaitFinished(ApiClient api, String token, String location) {
        return JobPolling.awaitFinished(api, token, location, "$.state");
    }
}
