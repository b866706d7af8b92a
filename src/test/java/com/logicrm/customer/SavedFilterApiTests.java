package com.logicrm.customer;

import static com.logicrm.customer.CustomerApiTests.assertFieldError;
import static com.logicrm.customer.CustomerApiTests.json;
import static com.logicrm.customer.CustomerApiTests.read;
import static com.logicrm.customer.CustomerApiTests.texts;
import static com.logicrm.customer.CustomerApiTests.uniqueFragment;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Problems;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Saved list filters over the API (ARC-14): each person's own, validated, stored only as known parameters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SavedFilterApiTests {

    static final String FILTERS = "/api/v1/customers/saved-filters";
    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aSavedFilterKeepsOnlyTheListsParametersReEncoded() {
        String name = "华东冷链" + uniqueFragment();

        HttpResponse<String> saved = save("manager", name,
                "?sort=name&cursor=123&tag=冷链&stage=ACTIVE&evil=<script>alert(1)</script>&province=310000&q=");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode filter = read(saved);
        assertThat(filter.get("name").asString()).isEqualTo(name);
        assertThat(filter.get("query").asString())
                .isEqualTo("stage=ACTIVE&province=310000&tag=%E5%86%B7%E9%93%BE&sort=name");
        assertThat(saved.headers().firstValue("Location")).hasValue(FILTERS + "/" + filter.get("id").asLong());
    }

    @Test
    void textIsStoredEncodedSoItCannotBecomeMarkup() {
        HttpResponse<String> saved = save("manager", "搜索" + uniqueFragment(), "q=<b onmouseover=x>\"'&tag=a b");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(read(saved).get("query").asString())
                .isEqualTo("q=%3Cb+onmouseover%3Dx%3E%22%27&tag=a+b").doesNotContain("<", "\"", "'");
    }

    @Test
    void onlyTheOwnerSeesAndDeletesAFilter() {
        String name = "我的" + uniqueFragment();
        long id = read(save("manager", name, "stage=ACTIVE")).get("id").asLong();

        assertThat(texts(read(api.get(FILTERS, token("manager"))), "name")).contains(name);
        assertThat(texts(read(api.get(FILTERS, token("manager2"))), "name")).doesNotContain(name);
        assertThat(texts(read(api.get(FILTERS, token("supervisor"))), "name")).doesNotContain(name);
        Problems.assertProblem(api.delete(FILTERS + "/" + id, token("manager2")), 404);
        assertThat(texts(read(api.get(FILTERS, token("manager"))), "name")).as("still there").contains(name);

        assertThat(api.delete(FILTERS + "/" + id, token("manager")).statusCode()).isEqualTo(204);
        assertThat(texts(read(api.get(FILTERS, token("manager"))), "name")).doesNotContain(name);
        Problems.assertProblem(api.delete(FILTERS + "/" + id, token("manager")), 404);
    }

    @Test
    void twoPeopleMayUseTheSameNameButOnePersonOnlyOnce() {
        String name = "重点" + uniqueFragment();

        assertThat(save("manager", name, "tag=重点").statusCode()).isEqualTo(201);
        assertThat(save("manager2", name, "tag=重点").statusCode()).isEqualTo(201);
        String detail = Problems.assertProblem(save("manager", " " + name + " ", "stage=LOST"), 409);
        assertThat(detail).contains(name);
    }

    @Test
    void nameAndParametersAreValidated() {
        assertFieldError(save("manager", "  ", "stage=ACTIVE"), "name", "名称");
        assertFieldError(save("manager", null, "stage=ACTIVE"), "name", null);
        assertFieldError(save("manager", "名".repeat(41), "stage=ACTIVE"), "name", "40");
        assertFieldError(save("manager", "坏" + uniqueFragment(), "stage=SOMEWHERE"), "query", "stage");
        assertFieldError(save("manager", "坏" + uniqueFragment(), "province=abc"), "query", "province");
        assertFieldError(save("manager", "坏" + uniqueFragment(), "q=%zz"), "query", null);
        assertThat(save("manager", "名".repeat(38) + uniqueFragment(), "").statusCode()).as("40 characters and no filter at all")
                .isEqualTo(201);
    }

    private HttpResponse<String> save(String username, String name, String query) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("query", query);
        return api.post(FILTERS, token(username), json(body));
    }

    private String token(String username) {
        return DemoAccounts.token(api, username);
    }
}
