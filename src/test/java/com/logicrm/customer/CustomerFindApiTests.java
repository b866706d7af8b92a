package com.logicrm.customer;

import static com.logicrm.customer.CustomerApiTests.CUSTOMERS;
import static com.logicrm.customer.CustomerApiTests.assertFieldError;
import static com.logicrm.customer.CustomerApiTests.encode;
import static com.logicrm.customer.CustomerApiTests.enterprise;
import static com.logicrm.customer.CustomerApiTests.ids;
import static com.logicrm.customer.CustomerApiTests.json;
import static com.logicrm.customer.CustomerApiTests.read;
import static com.logicrm.customer.CustomerApiTests.texts;
import static com.logicrm.customer.CustomerApiTests.uniqueFragment;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Finding customers over the API (ARC-14, ARC-15): free tags, the tag filter, every sort read in two
 * keyset pages, the region filter by city and county, and the data scope under all of them. Each test
 * marks its customers with a tag of its own, so the shared database's other customers stay out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerFindApiTests {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    // ---- tags ----

    @Test
    void tagsAreTrimmedDeduplicatedShownAndFilteredOn() {
        String tag = "冷链" + uniqueFragment();
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("tags", List.of(" " + tag + " ", "跨境", tag, " "));

        long id = register("manager", facts);

        assertThat(texts(read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("tags")))
                .containsExactly(tag, "跨境");
        JsonNode found = read(api.get(CUSTOMERS + "?tag=" + encode(tag), token("manager")));
        assertThat(ids(found)).containsExactly(id);
        assertThat(texts(found.get("items").get(0).get("tags"))).containsExactly(tag, "跨境");
        assertThat(ids(read(api.get(CUSTOMERS + "?tag=" + encode(tag.substring(0, 2)) + "&q="
                + encode(facts.get("name").toString().substring(2, 4)), token("manager")))))
                .as("a tag matches whole, not as a fragment").doesNotContain(id);
    }

    @Test
    void tooManyOrTooLongTagsAreRefusedInTheCallersLanguage() {
        Map<String, Object> tooMany = enterprise(uniqueFragment());
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("标签" + i);
        }
        tooMany.put("tags", tags);
        Map<String, Object> tooLong = enterprise(uniqueFragment());
        tooLong.put("tags", List.of("冷".repeat(31)));
        Map<String, Object> withComma = enterprise(uniqueFragment());
        withComma.put("tags", List.of("冷链,跨境"));

        assertFieldError(api.post(CUSTOMERS, token("manager"), json(tooMany)), "tags", "20");
        assertFieldError(inEnglish(tooMany), "tags", "at most 20 tags");
        assertFieldError(api.post(CUSTOMERS, token("manager"), json(tooLong)), "tags", "超过 30 个字");
        assertFieldError(inEnglish(tooLong), "tags", "longer than 30 characters");
        assertFieldError(api.post(CUSTOMERS, token("manager"), json(withComma)), "tags", "逗号");
    }

    @Test
    void aChangeOfTagsIsRecordedInTheHistory() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("tags", List.of("冷链"));
        long id = register("manager", facts);
        Map<String, Object> change = new LinkedHashMap<>(facts);
        change.put("tags", List.of("冷链", "重点培育"));
        change.put("version", read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt());

        HttpResponse<String> changed = api.put(CUSTOMERS + "/" + id, token("manager"), json(change));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(texts(read(changed).get("tags"))).containsExactly("冷链", "重点培育");
        JsonNode history = read(api.get(CUSTOMERS + "/" + id + "/history", token("manager")));
        assertThat(texts(history, "field")).containsExactly("tags", "registered");
        assertThat(history.get(0).get("oldValue").asString()).isEqualTo("冷链");
        assertThat(history.get(0).get("newValue").asString()).isEqualTo("冷链、重点培育");
    }

    // ---- sorting with keyset pages ----

    @ParameterizedTest
    @EnumSource(CustomerSort.class)
    void everySortReadsTwoPagesWithoutLosingOrRepeatingARow(CustomerSort sort) {
        String tag = "排序" + uniqueFragment();
        String fragment = uniqueFragment();
        List<Listed> registered = new ArrayList<>();
        String[] suffixes = {"丙", "甲", "乙", "甲", "丁"};
        for (int i = 0; i < suffixes.length; i++) {
            Map<String, Object> facts = enterprise(fragment);
            facts.put("name", "上海" + fragment + suffixes[i] + "物流有限公司");
            facts.put("tags", List.of(tag));
            if (i % 2 == 1) {
                // two equally incomplete records, so completeness ties are broken by id
                facts.remove("email");
                facts.remove("operator");
                facts.remove("characteristics");
            }
            long id = register("manager", facts);
            JsonNode view = read(api.get(CUSTOMERS + "/" + id, token("manager")));
            registered.add(new Listed(id, view.get("name").asString(), view.get("completeness").asInt()));
        }
        List<Long> expected = registered.stream().sorted(order(sort)).map(Listed::id).toList();

        String query = CUSTOMERS + "?size=3&tag=" + encode(tag) + "&sort=" + sort.parameter();
        JsonNode first = read(api.get(query, token("manager")));
        String cursor = first.get("nextCursor").asString();
        JsonNode second = read(api.get(query + "&cursor=" + encode(cursor), token("manager")));

        assertThat(ids(first)).hasSize(3);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        List<Long> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).as(sort + " across two pages").containsExactlyElementsOf(expected);
    }

    @Test
    void theDefaultSortIsNewestFirstAndItsCursorIsTheLastId() {
        String tag = "默认" + uniqueFragment();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> facts = enterprise(uniqueFragment());
            facts.put("tags", List.of(tag));
            ids.add(register("manager", facts));
        }

        JsonNode first = read(api.get(CUSTOMERS + "?size=2&tag=" + encode(tag), token("manager")));

        assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
        assertThat(first.get("nextCursor").asString()).isEqualTo(Long.toString(ids.get(1)));
    }

    @Test
    void anUnknownSortOrAForgedCursorIsABadRequest() {
        String byName = CUSTOMERS + "?size=1&sort=name";
        String nameCursor = read(api.get(byName, token("supervisor"))).get("nextCursor").asString();

        assertFieldError(api.get(CUSTOMERS + "?sort=popularity", token("manager")), "sort", "popularity");
        assertFieldError(api.get(byName + "&cursor=not-a-cursor", token("manager")), "cursor", null);
        assertFieldError(api.get(CUSTOMERS + "?sort=completeness&cursor=" + encode(nameCursor), token("manager")),
                "cursor", null);
        assertFieldError(api.get(CUSTOMERS + "?cursor=abc", token("manager")), "cursor", null);
    }

    // ---- region and scope ----

    @Test
    void theRegionFilterTakesAProvinceACityOrACounty() {
        String tag = "地区" + uniqueFragment();
        Map<String, Object> pudong = enterprise(uniqueFragment());
        pudong.put("tags", List.of(tag));
        long inPudong = register("manager", pudong);
        Map<String, Object> xuhui = enterprise(uniqueFragment());
        xuhui.put("regionCode", "310104");
        xuhui.put("tags", List.of(tag));
        long inXuhui = register("manager", xuhui);
        String base = CUSTOMERS + "?tag=" + encode(tag) + "&regionCode=";

        assertThat(ids(read(api.get(base + "310000", token("manager"))))).containsExactly(inXuhui, inPudong);
        assertThat(ids(read(api.get(base + "310100", token("manager"))))).containsExactly(inXuhui, inPudong);
        assertThat(ids(read(api.get(base + "310115", token("manager"))))).containsExactly(inPudong);
        assertThat(ids(read(api.get(base + "310104", token("manager"))))).containsExactly(inXuhui);
        assertThat(ids(read(api.get(base + "440300", token("manager"))))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CustomerSort.class)
    void anOwnScopeAccountManagerSeesOnlyTheirOwnUnderEveryFilterAndSort(CustomerSort sort) {
        String tag = "范围" + uniqueFragment();
        Map<String, Object> mine = enterprise(uniqueFragment());
        mine.put("tags", List.of(tag));
        long managers = register("manager", mine);
        Map<String, Object> theirs = enterprise(uniqueFragment());
        theirs.put("tags", List.of(tag));
        long manager2s = register("manager2", theirs);
        String query = "?tag=" + encode(tag) + "&regionCode=310115&sort=" + sort.parameter();

        assertThat(ids(read(api.get(CUSTOMERS + query, token("manager"))))).containsExactly(managers);
        assertThat(ids(read(api.get(CUSTOMERS + query, token("manager2"))))).containsExactly(manager2s);
        assertThat(ids(read(api.get(CUSTOMERS + query, token("supervisor")))))
                .containsExactlyInAnyOrder(managers, manager2s);
        JsonNode paged = read(api.get(CUSTOMERS + query + "&size=1", token("manager")));
        assertThat(paged.get("nextCursor").isNull()).as("nothing of manager2's waits on a next page").isTrue();
    }

    // ---- helpers ----

    private record Listed(long id, String name, int completeness) {
    }

    private static Comparator<Listed> order(CustomerSort sort) {
        Comparator<Listed> byId = Comparator.comparingLong(Listed::id);
        return switch (sort) {
            case NEWEST -> byId.reversed();
            case OLDEST -> byId;
            case NAME -> Comparator.comparing(Listed::name).thenComparing(byId);
            case COMPLETENESS -> Comparator.comparingInt(Listed::completeness).thenComparing(byId);
        };
    }

    private HttpResponse<String> inEnglish(Map<String, Object> facts) {
        return api.send(api.request(CUSTOMERS, token("manager")).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(json(facts))).build());
    }

    private String token(String username) {
        return DemoAccounts.token(api, username);
    }

    private long register(String username, Map<String, Object> facts) {
        return CustomerApiTests.register(api, username, facts);
    }
}
