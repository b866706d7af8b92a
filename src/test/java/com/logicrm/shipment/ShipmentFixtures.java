package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import com.logicrm.support.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/** Shipments as a source system would send them, and the customers they belong to. */
final class ShipmentFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ShipmentFixtures() {
    }

    /** A unique source system name, so each test's external ids are its own. */
    static String source() {
        return "TMS-" + ThreadLocalRandom.current().nextInt(100_000_000);
    }

    /** A transport order of one customer (by id) on a date, with the figures that matter to the summary. */
    static Map<String, Object> item(String externalId, long customerId, String orderedOn, int pieces, String weight,
            String revenue, String cost) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("externalId", externalId);
        item.put("customerId", customerId);
        item.put("orderedOn", orderedOn);
        item.put("serviceType", "TRANSPORT");
        item.put("originRegion", "310115");
        item.put("destinationRegion", "440305");
        item.put("pieces", pieces);
        item.put("weightKg", weight);
        item.put("revenue", revenue);
        item.put("cost", cost);
        return item;
    }

    static Map<String, Object> with(Map<String, Object> item, Object... keysAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(item);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                changed.remove((String) keysAndValues[i]);
            } else {
                changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return changed;
    }

    static String batch(String source, List<Map<String, Object>> items) {
        return JSON.writeValueAsString(Map.of("source", source, "items", items));
    }

    static HttpResponse<String> load(ApiClient api, String token, String source, List<Map<String, Object>> items) {
        return api.post("/api/v1/shipments:batch", token, batch(source, items));
    }

    static HttpResponse<String> load(ApiClient api, String token, String language, String source,
            List<Map<String, Object>> items) {
        return api.send(api.request("/api/v1/shipments:batch", token).header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(batch(source, items))).build());
    }

    /** A valid unified social credit code registered in 上海市浦东新区, different each time. */
    static String creditCode() {
        StringBuilder organisation = new StringBuilder();
        int sum = 0;
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        for (int i = 0; i < 8; i++) {
            int digit = ThreadLocalRandom.current().nextInt(10);
            organisation.append(digit);
            sum += digit * weights[i];
        }
        int check = 11 - sum % 11;
        String body = "91310115" + organisation + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
        return body + CreditCode.checkCharacter(body);
    }

    /** Registers an enterprise with a credit code as the token's user; returns id and archive number. */
    static Map<String, Object> registerWithCreditCode(ApiClient api, String token, String name, String creditCode) {
        HttpResponse<String> created = api.post("/api/v1/customers", token, """
                {"kind":"ENTERPRISE","name":"%s","regionCode":"310115","creditCode":"%s"}"""
                .formatted(name, creditCode));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Map.of("id", Json.number(created, "$.id"), "archiveNo", Json.text(created, "$.archiveNo"));
    }

    static String uniqueName(String kind) {
        return "上海%s%d物流有限公司".formatted(kind, ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
