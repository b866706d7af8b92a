package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unique names, credit codes and phone numbers for customers the tests file themselves. */
final class ArchiveFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Characters for made-up brand names: rare enough in the demo data that names do not collide. */
    private static final String BRAND = "翊珩璟瑄琪琮瑜璐珂瑾琛璇珏玮琨瑞晟昱曜晔煜炜烨焕燊堃垚淼鑫森";
    private static final String CODE = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ArchiveFixtures() {
    }

    static String brand() {
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(BRAND.charAt(random.nextInt(BRAND.length())));
        }
        return name.toString();
    }

    /** A valid Unified Social Credit Code registered in Shanghai (3101…). */
    static String creditCode() {
        StringBuilder first17 = new StringBuilder("91310115");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(CODE.charAt(random.nextInt(CODE.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String landline() {
        return "021-" + (50_000_000 + ThreadLocalRandom.current().nextInt(40_000_000));
    }

    /** Registers an enterprise in Shanghai; {@code extra} is more JSON members (leading comma included). */
    static JsonNode register(ApiClient api, String token, String name, String extra) {
        HttpResponse<String> response = api.post("/api/v1/customers", token, """
                {"kind":"ENTERPRISE","name":"%s","regionCode":"310115"%s}""".formatted(name, extra));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body());
    }

    static JsonNode get(ApiClient api, String token, long id) {
        HttpResponse<String> response = api.get("/api/v1/customers/" + id, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }
}
