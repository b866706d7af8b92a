package com.logicrm.customer;

import static com.logicrm.customer.CustomerApiTests.creditCode;
import static com.logicrm.customer.CustomerApiTests.digits;
import static com.logicrm.customer.CustomerApiTests.encode;
import static com.logicrm.customer.CustomerApiTests.uniqueFragment;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer pages as the server renders them, driven like a browser without one: sign in,
 * register through the form, read every tab, edit, change the stage, search with htmx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerPagesTests {

    @LocalServerPort
    int port;
    WebSession manager;

    @BeforeEach
    void signIn() {
        manager = WebSession.signIn(new ApiClient(port), "manager");
    }

    @Test
    void aCustomerRegisteredThroughTheFormIsShownOnEveryTab() {
        String fragment = uniqueFragment();
        Map<String, String> form = form(fragment);
        HttpResponse<String> newPage = manager.get("/customers/new");
        assertThat(newPage.statusCode()).isEqualTo(200);

        HttpResponse<String> saved = manager.post("/customers/new", newPage.body(), form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/customers/\\d+");
        String path = location.substring(location.indexOf("/customers/"));
        HttpResponse<String> basic = manager.get(path);
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.body()).contains("已建档：档案编号 KH-").contains(form.get("name"))
                .contains(form.get("creditCode")).contains(form.get("operator.name"))
                .containsPattern("data-field=\"regionCode\">[^<]*浦东新区<");
        assertThat(manager.get(path + "?tab=profile").body()).contains(form.get("characteristics.serviceArea"));
        assertThat(manager.get(path + "?tab=business").body()).contains(form.get("businessStatus.situation"));
        assertThat(manager.get(path + "?tab=history").body()).contains("建档").contains("manager");
        assertThat(manager.get(path + "?tab=completeness").body()).contains("尚缺资料");
    }

    @Test
    void anInvalidCreditCodeInTheFormIsShownBesideTheField() {
        Map<String, String> form = form(uniqueFragment());
        form.put("creditCode", "91310115MA1K3YJ12X");
        HttpResponse<String> newPage = manager.get("/customers/new");

        HttpResponse<String> refused = manager.post("/customers/new", newPage.body(), form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("统一社会信用代码的校验码").contains("is-invalid")
                .contains("value=\"" + form.get("name") + "\"");
    }

    @Test
    void aFormWithoutNameIsRefusedBesideTheField() {
        Map<String, String> form = form(uniqueFragment());
        form.put("name", "  ");

        HttpResponse<String> refused = manager.post("/customers/new", manager.get("/customers/new").body(), form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-error-for=\"name\"").contains(form.get("creditCode"));
    }

    @Test
    void overlongTextInTheFormIsRefusedBesideTheField() {
        Map<String, String> form = form(uniqueFragment());
        form.put("operator.name", "长".repeat(61));
        form.put("address", "址".repeat(301));

        HttpResponse<String> refused = manager.post("/customers/new", manager.get("/customers/new").body(), form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-error-for=\"operator.name\"")
                .contains("data-error-for=\"address\"");
    }

    @Test
    void editingThroughTheFormNeedsAReasonForTheNameAndKeepsTheHistory() {
        String fragment = uniqueFragment();
        Map<String, String> form = form(fragment);
        String path = register(form);
        String editPage = manager.get(path + "/edit").body();
        assertThat(editPage).contains("name=\"version\"").contains(form.get("name"));
        Map<String, String> edited = new LinkedHashMap<>(form);
        edited.put("version", hiddenValue(editPage, "version"));
        edited.put("name", "上海" + fragment + "国际货运代理有限公司");

        HttpResponse<String> withoutReason = manager.post(path + "/edit", editPage, edited);
        edited.put("reason", "更名");
        HttpResponse<String> withReason = manager.post(path + "/edit", editPage, edited);

        assertThat(withoutReason.statusCode()).isEqualTo(200);
        assertThat(withoutReason.body()).contains("必须填写原因");
        assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(302);
        String history = manager.get(path + "?tab=history").body();
        assertThat(history).contains(form.get("name")).contains(edited.get("name")).contains("更名")
                .contains("客户全称");
    }

    @Test
    void theStageIsChangedOnTheHistoryTab() {
        String path = register(form(uniqueFragment()));
        String historyPage = manager.get(path + "?tab=history").body();

        HttpResponse<String> changed = manager.post(path + "/stage", historyPage,
                Map.of("stage", "ACTIVE", "reason", "签订合同"));

        assertThat(changed.statusCode()).isEqualTo(302);
        String after = manager.get(path + "?tab=history").body();
        assertThat(after).contains("客户阶段已变更").contains("签订合同").contains("ACTIVE");
    }

    @Test
    void theListSearchesLiveWithHtmx() {
        String fragment = uniqueFragment();
        Map<String, String> form = form(fragment);
        register(form);

        HttpResponse<String> fullPage = manager.get("/customers?q=" + encode(fragment));
        HttpResponse<String> results = manager.get("/customers?q=" + encode(fragment), Map.of("HX-Request", "true"));

        assertThat(fullPage.body()).contains(form.get("name")).contains("<html");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains(form.get("name")).contains("id=\"results\"").doesNotContain("<html");
    }

    @Test
    void customerServiceSeesTheListWithMaskedMobiles() {
        String fragment = uniqueFragment();
        Map<String, String> form = form(fragment);
        register(form);
        WebSession service = WebSession.signIn(new ApiClient(port), "service");
        String mobile = form.get("mobile");

        String list = service.get("/customers?q=" + encode(fragment)).body();

        assertThat(list).contains(form.get("name")).contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
                .doesNotContain(mobile);
    }

    private String register(Map<String, String> form) {
        return register(manager, form);
    }

    /** Registers through the form and returns the new customer's path. */
    static String register(WebSession session, Map<String, String> form) {
        HttpResponse<String> saved = session.post("/customers/new", session.get("/customers/new").body(), form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/customers/"));
    }

    static Map<String, String> form(String fragment) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "ENTERPRISE");
        form.put("name", "上海" + fragment + "冷链物流有限公司");
        form.put("creditCode", creditCode("310115"));
        form.put("category", "");
        form.put("relation", "");
        form.put("registeredCapital", "3000000");
        form.put("regionCode", "310115");
        form.put("address", "上海市浦东新区航头镇 " + digits(3) + " 号");
        form.put("phone", "021-6" + digits(7));
        form.put("mobile", "136" + digits(8));
        form.put("needsSegment", "SERVICE_ORIENTED");
        form.put("confidentiality", "ORDINARY");
        form.put("operator.name", "李" + fragment);
        form.put("operator.age", "");
        form.put("characteristics.serviceArea", "长三角" + fragment);
        form.put("businessStatus.situation", "经营稳定" + fragment);
        return form;
    }

    static String hiddenValue(String page, String name) {
        var matcher = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
