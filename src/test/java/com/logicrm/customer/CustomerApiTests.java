package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer archive over real HTTP, as an integrator sees it: registering, validation in both
 * languages, duplicates, search, edits with history and optimistic locking, data scopes,
 * confidentiality, masking, retiring and paging. Every customer here is new and unique, because the
 * database is shared with the other tests and holds the demo customers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiTests {

    static final String CUSTOMERS = "/api/v1/customers";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    // ---- registering ----

    @Test
    void registeringAnEnterpriseGivesItAnArchiveNumber() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("creditCode", " " + ((String) facts.get("creditCode")).toLowerCase() + " ");

        HttpResponse<String> response = api.post(CUSTOMERS, token("manager"), json(facts));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode registered = read(response);
        long id = registered.get("id").asLong();
        assertThat(registered.get("archiveNo").asString()).matches("KH-\\d{4}-\\d{6}");
        assertThat(registered.get("warnings").size()).isZero();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(CUSTOMERS + "/" + id));

        JsonNode customer = read(api.get(CUSTOMERS + "/" + id, token("manager")));
        assertThat(customer.get("name").asString()).isEqualTo(facts.get("name"));
        assertThat(customer.get("creditCode").asString()).as("normalised")
                .isEqualTo(((String) facts.get("creditCode")).trim().toUpperCase());
        assertThat(customer.get("archiveNo").asString()).isEqualTo(registered.get("archiveNo").asString());
        assertThat(customer.get("stage").asString()).isEqualTo("POTENTIAL");
        assertThat(customer.get("ownerName").asString()).isEqualTo("张伟");
        assertThat(customer.get("completeness").asInt()).isBetween(1, 100);
    }

    @Test
    void aShortNameIsRegisteredWithAWarning() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("name", "恒通" + facts.get("name").toString().substring(2, 4) + "快运");

        JsonNode registered = read(api.post(CUSTOMERS, token("manager"), json(facts)));

        assertThat(texts(registered.get("warnings"))).containsExactly("nameNotRegistered");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "creditCode | 91310115MA1K3YJ12X | 统一社会信用代码 | unified social credit code",
            "mobile     | 12345678901        | 手机号码         | mobile number",
            "regionCode | 990000             | 行政区划代码     | administrative division",
            "email      | not-an-address     | 电子邮箱         | e-mail address",
            "phone      | 12345              | 固定电话         | landline number"})
    void anInvalidCodedFieldIsNamedInTheCallersLanguage(String field, String value, String chinese, String english) {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put(field, value);

        HttpResponse<String> inChinese = api.post(CUSTOMERS, token("manager"), json(facts));
        HttpResponse<String> inEnglish = api.send(api.request(CUSTOMERS, token("manager"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json(facts))).build());

        assertFieldError(inChinese, field, chinese);
        assertFieldError(inEnglish, field, english);
    }

    @Test
    void anInvalidIdNumberOfAnIndividualIsNamed() {
        Map<String, Object> facts = individual(uniqueFragment());
        facts.put("residentId", "110105194912310021");

        HttpResponse<String> inChinese = api.post(CUSTOMERS, token("manager"), json(facts));
        HttpResponse<String> inEnglish = api.send(api.request(CUSTOMERS, token("manager"))
                .header("Content-Type", "application/json").header("Accept-Language", "en-US,en;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(json(facts))).build());

        assertFieldError(inChinese, "residentId", "身份证号");
        assertFieldError(inEnglish, "residentId", "resident identity number");
    }

    @Test
    void anIndividualWithAValidIdNumberIsRegistered() {
        Map<String, Object> facts = individual(uniqueFragment());

        HttpResponse<String> response = api.post(CUSTOMERS, token("manager"), json(facts));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode customer = read(api.get(CUSTOMERS + "/" + read(response).get("id").asLong(), token("manager")));
        assertThat(customer.get("residentId").asString()).isEqualTo(facts.get("residentId"));
        assertThat(customer.get("kind").asString()).isEqualTo("INDIVIDUAL");
    }

    @Test
    void aMissingNameIsABeanValidationError() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("name", " ");

        HttpResponse<String> response = api.post(CUSTOMERS, token("manager"), json(facts));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(texts(read(response).get("errors"), "field")).contains("name");
    }

    @Test
    void overlongTextInADescriptiveGroupIsAValidationError() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("operator", Map.of("name", "长".repeat(61)));
        facts.put("businessStatus", Map.of("payment", "款".repeat(501)));

        HttpResponse<String> response = api.post(CUSTOMERS, token("manager"), json(facts));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(texts(read(response).get("errors"), "field"))
                .containsExactlyInAnyOrder("operator.name", "businessStatus.payment");
    }

    @Test
    void anAmountTooLargeToKeepIsAValidationError() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        facts.put("registeredCapital", new java.math.BigDecimal("1E+17"));

        HttpResponse<String> response = api.post(CUSTOMERS, token("manager"), json(facts));

        assertFieldError(response, "registeredCapital", null);
    }

    @Test
    void theSameCreditCodeTwiceIsAConflictNamingTheFirstArchive() {
        Map<String, Object> first = enterprise(uniqueFragment());
        String archiveNo = read(api.post(CUSTOMERS, token("manager"), json(first))).get("archiveNo").asString();
        Map<String, Object> second = enterprise(uniqueFragment());
        second.put("creditCode", first.get("creditCode"));

        HttpResponse<String> response = api.post(CUSTOMERS, token("sales"), json(second));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(read(response).get("detail").asString()).contains(archiveNo).contains("统一社会信用代码");
    }

    // ---- search ----

    @Test
    void aCustomerIsFoundByATwoCharacterFragmentOfItsName() {
        String fragment = uniqueFragment();
        long id = register("manager", enterprise(fragment));

        JsonNode page = read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("manager")));

        assertThat(ids(page)).containsExactly(id);
        assertThat(read(api.get(CUSTOMERS + "?q=" + encode(fragment.substring(0, 1)), token("manager")).body())
                .get("items").size()).as("a single character is searched too").isPositive();
    }

    @Test
    void aCustomerIsFoundByACreditCodePrefixAndByItsMobile() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        String creditCode = (String) facts.get("creditCode");
        String mobile = (String) facts.get("mobile");

        JsonNode byCode = read(api.get(CUSTOMERS + "?q=" + creditCode.substring(0, 14).toLowerCase(),
                token("manager")));
        JsonNode byMobile = read(api.get(CUSTOMERS + "?q=" + mobile, token("manager")));
        JsonNode byFullCode = read(api.get(CUSTOMERS + "?q=" + creditCode, token("manager")));

        assertThat(ids(byCode)).containsExactly(id);
        assertThat(ids(byMobile)).contains(id);
        assertThat(ids(byFullCode)).containsExactly(id);
    }

    @Test
    void aPhoneNumberIsFoundHoweverItIsWritten() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        String mobile = (String) facts.get("mobile");
        String phone = (String) facts.get("phone");
        String spaced = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        String dashed = mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);

        for (String written : List.of(spaced, dashed, "+86 " + spaced, phone, "(" + phone.replace("-", ") "))) {
            assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(written), token("manager"))))).as(written)
                    .contains(id);
        }
    }

    @Test
    void filtersNarrowTheSearch() {
        String fragment = uniqueFragment();
        Map<String, Object> shenzhen = enterprise(fragment);
        shenzhen.put("regionCode", "440305");
        shenzhen.put("creditCode", creditCode("440305"));
        long inShenzhen = register("manager", shenzhen);
        long inShanghai = register("manager", enterprise(fragment));
        long person = register("manager", individual(fragment));
        String q = CUSTOMERS + "?q=" + encode(fragment);

        assertThat(ids(read(api.get(q, token("manager"))))).containsExactly(person, inShanghai, inShenzhen);
        assertThat(ids(read(api.get(q + "&regionCode=440000", token("manager"))))).containsExactly(inShenzhen);
        assertThat(ids(read(api.get(q + "&regionCode=440300", token("manager"))))).containsExactly(inShenzhen);
        assertThat(ids(read(api.get(q + "&regionCode=310115", token("manager"))))).containsExactly(person, inShanghai);
        assertThat(ids(read(api.get(q + "&kind=INDIVIDUAL", token("manager"))))).containsExactly(person);
        assertThat(ids(read(api.get(q + "&maxCompleteness=70", token("manager"))))).containsExactly(person);
        assertThat(ids(read(api.get(q + "&minCompleteness=80&stage=POTENTIAL", token("manager")))))
                .containsExactly(inShanghai, inShenzhen);
    }

    // ---- editing ----

    @Test
    void editingTheNameWithAReasonIsRecordedInTheHistory() {
        String fragment = uniqueFragment();
        Map<String, Object> facts = enterprise(fragment);
        long id = register("manager", facts);
        String oldName = (String) facts.get("name");
        String newName = "上海" + fragment + "供应链管理有限公司";
        int version = read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt();

        Map<String, Object> change = new LinkedHashMap<>(facts);
        change.put("name", newName);
        change.put("version", version);
        change.put("reason", "工商变更登记");
        HttpResponse<String> response = api.put(CUSTOMERS + "/" + id, token("manager"), json(change));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).get("name").asString()).isEqualTo(newName);
        assertThat(read(response).get("version").asInt()).isGreaterThan(version);
        JsonNode history = read(api.get(CUSTOMERS + "/" + id + "/history", token("manager")));
        assertThat(texts(history, "field")).as("only the name changed").containsExactly("name", "registered");
        JsonNode nameChange = history.get(0);
        assertThat(nameChange.get("oldValue").asString()).isEqualTo(oldName);
        assertThat(nameChange.get("newValue").asString()).isEqualTo(newName);
        assertThat(nameChange.get("actor").asString()).isEqualTo("manager");
        assertThat(nameChange.get("reason").asString()).isEqualTo("工商变更登记");
    }

    @Test
    void theViewAsReadCanBeSentBackWithAChange() {
        long id = register("manager", enterprise(uniqueFragment()));
        JsonNode view = read(api.get(CUSTOMERS + "/" + id, token("manager")));

        Map<String, Object> change = JSON.convertValue(view, Map.class);
        change.put("address", "上海市浦东新区新地址 8 号");
        HttpResponse<String> response = api.put(CUSTOMERS + "/" + id, token("manager"), json(change));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).get("address").asString()).isEqualTo("上海市浦东新区新地址 8 号");
        assertThat(texts(read(api.get(CUSTOMERS + "/" + id + "/history", token("manager"))), "field"))
                .containsExactly("address", "registered");
    }

    @Test
    void editingTheNameWithoutAReasonIsRefused() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        Map<String, Object> change = new LinkedHashMap<>(facts);
        change.put("name", facts.get("name").toString().replace("物流", "货运"));
        change.put("version", read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt());

        HttpResponse<String> response = api.put(CUSTOMERS + "/" + id, token("manager"), json(change));

        assertFieldError(response, "reason", "原因");
        assertThat(read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("name").asString())
                .isEqualTo(facts.get("name"));
    }

    @Test
    void aSecondEditOfTheSameVersionIsAConflictAndOverwritesNothing() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        int version = read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt();
        Map<String, Object> first = new LinkedHashMap<>(facts);
        first.put("address", "第一次修改的地址");
        first.put("version", version);
        Map<String, Object> second = new LinkedHashMap<>(facts);
        second.put("address", "第二次修改的地址");
        second.put("version", version);

        HttpResponse<String> firstResponse = api.put(CUSTOMERS + "/" + id, token("manager"), json(first));
        HttpResponse<String> secondResponse = api.put(CUSTOMERS + "/" + id, token("sales"), json(second));

        assertThat(firstResponse.statusCode()).as(firstResponse.body()).isEqualTo(200);
        assertThat(secondResponse.statusCode()).as(secondResponse.body()).isEqualTo(409);
        assertThat(read(secondResponse).get("detail").asString()).contains("刷新");
        assertThat(read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("address").asString())
                .isEqualTo("第一次修改的地址");
    }

    @Test
    void aChangeIsValidatedLikeARegistrationAndNamesTheFlatField() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        int version = read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt();
        Map<String, Object> blankName = new LinkedHashMap<>(facts);
        blankName.put("name", "");
        blankName.put("version", version);
        blankName.put("reason", "测试");
        Map<String, Object> badMobile = new LinkedHashMap<>(facts);
        badMobile.put("mobile", "1234");
        badMobile.put("version", version);

        assertFieldError(api.put(CUSTOMERS + "/" + id, token("manager"), json(blankName)), "name", null);
        assertFieldError(api.put(CUSTOMERS + "/" + id, token("manager"), json(badMobile)), "mobile", "手机号码");
    }

    @Test
    void aChangeWithoutVersionIsRefused() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);

        HttpResponse<String> response = api.put(CUSTOMERS + "/" + id, token("manager"), json(facts));

        assertFieldError(response, "version", null);
    }

    // ---- data scope, confidentiality, masking ----

    @Test
    void anAccountManagerOfAnotherBranchCannotTellTheCustomerExists() {
        String fragment = uniqueFragment();
        long id = register("manager", enterprise(fragment));

        HttpResponse<String> byId = api.get(CUSTOMERS + "/" + id, token("manager2"));
        HttpResponse<String> history = api.get(CUSTOMERS + "/" + id + "/history", token("manager2"));
        HttpResponse<String> unknown = api.get(CUSTOMERS + "/" + Long.MAX_VALUE, token("manager2"));
        JsonNode search = read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("manager2")));

        assertThat(byId.statusCode()).isEqualTo(404);
        assertThat(history.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(read(byId).get("detail").asString().replaceAll("[\\d,]", ""))
                .as("the same answer as for a customer that does not exist")
                .isEqualTo(read(unknown).get("detail").asString().replaceAll("[\\d,]", ""));
        assertThat(ids(search)).isEmpty();
    }

    @Test
    void anAccountManagerOfAnotherBranchCannotChangeOrRetireTheCustomer() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        Map<String, Object> change = new LinkedHashMap<>(facts);
        change.put("address", "不该保存的地址");
        change.put("version", read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt());

        assertThat(api.put(CUSTOMERS + "/" + id, token("manager2"), json(change)).statusCode()).isEqualTo(404);
        assertThat(api.delete(CUSTOMERS + "/" + id, token("manager2")).statusCode()).isEqualTo(404);
        JsonNode customer = read(api.get(CUSTOMERS + "/" + id, token("manager")));
        assertThat(customer.get("address").asString()).isEqualTo(facts.get("address"));
        assertThat(customer.get("stage").asString()).isEqualTo("POTENTIAL");
    }

    @Test
    void theSalesAdminOfTheBranchSeesItsAccountManagersCustomers() {
        String fragment = uniqueFragment();
        long id = register("manager", enterprise(fragment));

        assertThat(api.get(CUSTOMERS + "/" + id, token("sales")).statusCode()).isEqualTo(200);
        assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("sales"))))).containsExactly(id);
        assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("supervisor"))))).containsExactly(id);
    }

    @Test
    void aConfidentialCustomerIsShownOnlyWithTheGrantAndEachViewIsAudited() {
        String fragment = uniqueFragment();
        Map<String, Object> facts = enterprise(fragment);
        facts.put("confidentiality", "CONFIDENTIAL");
        long id = register("manager", facts);

        // Visibility needs customer:confidential, which account managers do not hold: not even the owner sees it.
        assertThat(api.get(CUSTOMERS + "/" + id, token("manager")).statusCode()).isEqualTo(404);
        assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("manager"))))).isEmpty();
        assertThat(api.get(CUSTOMERS + "/" + id, token("sales")).statusCode()).isEqualTo(404);
        assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("sales"))))).isEmpty();

        HttpResponse<String> bySupervisor = api.get(CUSTOMERS + "/" + id, token("supervisor"));
        assertThat(bySupervisor.statusCode()).as(bySupervisor.body()).isEqualTo(200);
        assertThat(read(bySupervisor).get("confidentiality").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("supervisor"))))).containsExactly(id);
        HttpResponse<String> history = api.get(CUSTOMERS + "/" + id + "/history", token("supervisor"));
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);

        JsonNode audit = read(api.get("/api/v1/audit/events?action=CONFIDENTIAL_CUSTOMER_VIEWED&targetId=" + id,
                token("supervisor")));
        assertThat(texts(audit, "actor")).hasSizeGreaterThanOrEqualTo(2).containsOnly("supervisor");
        assertThat(texts(audit, "targetType")).containsOnly("customer");
    }

    @Test
    void customerServiceSeesTheMobileMaskedAndTheAccountManagerInFull() {
        String fragment = uniqueFragment();
        Map<String, Object> facts = enterprise(fragment);
        long id = register("manager", facts);
        String mobile = (String) facts.get("mobile");
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);

        JsonNode byService = read(api.get(CUSTOMERS + "/" + id, token("service")));
        JsonNode byManager = read(api.get(CUSTOMERS + "/" + id, token("manager")));
        JsonNode listedForService = read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("service")));
        JsonNode listedForManager = read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("manager")));

        assertThat(byService.get("mobile").asString()).isEqualTo(masked).matches("1\\d{2}\\*{4}\\d{4}");
        assertThat(byManager.get("mobile").asString()).isEqualTo(mobile);
        assertThat(listedForService.get("items").get(0).get("mobile").asString()).isEqualTo(masked);
        assertThat(listedForManager.get("items").get(0).get("mobile").asString()).isEqualTo(mobile);
        assertThat(byService.get("creditCode").asString()).as("a company's code is public")
                .isEqualTo(facts.get("creditCode"));
    }

    @Test
    void customerServiceSeesChangedPersonalDataMaskedInTheHistoryToo() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        String oldMobile = (String) facts.get("mobile");
        String newMobile = "137" + digits(8);
        Map<String, Object> change = new LinkedHashMap<>(facts);
        change.put("mobile", newMobile);
        change.put("version", read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt());
        assertThat(api.put(CUSTOMERS + "/" + id, token("manager"), json(change)).statusCode()).isEqualTo(200);

        JsonNode forService = read(api.get(CUSTOMERS + "/" + id + "/history", token("service")));
        JsonNode forManager = read(api.get(CUSTOMERS + "/" + id + "/history", token("manager")));

        assertThat(forService.get(0).get("field").asString()).isEqualTo("mobile");
        assertThat(forService.get(0).get("oldValue").asString())
                .isEqualTo(oldMobile.substring(0, 3) + "****" + oldMobile.substring(7));
        assertThat(forService.get(0).get("newValue").asString())
                .isEqualTo(newMobile.substring(0, 3) + "****" + newMobile.substring(7));
        assertThat(forService.toString()).doesNotContain(oldMobile).doesNotContain(newMobile);
        assertThat(forManager.get(0).get("oldValue").asString()).isEqualTo(oldMobile);
        assertThat(forManager.get(0).get("newValue").asString()).isEqualTo(newMobile);
    }

    @Test
    void customerServiceSeesAnIndividualsIdNumberMasked() {
        Map<String, Object> facts = individual(uniqueFragment());
        long id = register("manager", facts);
        String residentId = (String) facts.get("residentId");

        JsonNode byService = read(api.get(CUSTOMERS + "/" + id, token("service")));

        assertThat(byService.get("residentId").asString())
                .isEqualTo(residentId.substring(0, 6) + "********" + residentId.substring(14));
    }

    @Test
    void customerServiceMayReadButNotWrite() {
        HttpResponse<String> response = api.post(CUSTOMERS, token("service"), json(enterprise(uniqueFragment())));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theSystemAdministratorHasNoAccessToCustomers() {
        long id = register("manager", enterprise(uniqueFragment()));

        assertThat(api.get(CUSTOMERS, token("admin")).statusCode()).isEqualTo(403);
        assertThat(api.get(CUSTOMERS + "/" + id, token("admin")).statusCode()).isEqualTo(403);
        assertThat(api.post(CUSTOMERS, token("admin"), json(enterprise(uniqueFragment()))).statusCode())
                .isEqualTo(403);
        assertThat(api.get(CUSTOMERS, null).statusCode()).isEqualTo(401);
    }

    @Test
    void htmlInANameIsDataAndNeverMarkup() {
        String fragment = uniqueFragment();
        Map<String, Object> facts = enterprise(fragment);
        String name = "<script>alert('x')</script>" + fragment + "<b>物流</b>有限公司";
        facts.put("name", name);
        long id = register("manager", facts);

        assertThat(read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("name").asString()).isEqualTo(name);

        WebSession browser = WebSession.signIn(api, "manager");
        HttpResponse<String> detail = browser.get("/customers/" + id);
        HttpResponse<String> list = browser.get("/customers?q=" + encode(fragment));
        for (HttpResponse<String> page : List.of(detail, list)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("&lt;script&gt;alert(").contains(fragment + "&lt;b&gt;物流&lt;/b&gt;")
                    .doesNotContain("<script>alert(").doesNotContain("<b>物流</b>");
        }
    }

    // ---- lifecycle ----

    @Test
    void deletingRetiresTheCustomerAndFreesItsCreditCode() {
        String fragment = uniqueFragment();
        Map<String, Object> facts = enterprise(fragment);
        long id = register("manager", facts);

        HttpResponse<String> deleted = api.delete(CUSTOMERS + "/" + id + "?reason=" + encode("客户注销"),
                token("manager"));

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        HttpResponse<String> retired = api.get(CUSTOMERS + "/" + id, token("manager"));
        assertThat(retired.statusCode()).isEqualTo(200);
        assertThat(read(retired).get("stage").asString()).isEqualTo("RETIRED");
        assertThat(ids(read(api.get(CUSTOMERS + "?q=" + encode(fragment), token("manager"))))).isEmpty();
        assertThat(ids(read(api.get(CUSTOMERS + "?stage=RETIRED&q=" + encode(fragment), token("manager")))))
                .containsExactly(id);
        JsonNode history = read(api.get(CUSTOMERS + "/" + id + "/history", token("manager")));
        assertThat(history.get(0).get("field").asString()).isEqualTo("stage");
        assertThat(history.get(0).get("newValue").asString()).isEqualTo("RETIRED");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("客户注销");

        Map<String, Object> successor = enterprise(uniqueFragment());
        successor.put("creditCode", facts.get("creditCode"));
        HttpResponse<String> registered = api.post(CUSTOMERS, token("manager"), json(successor));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    @Test
    void aRetiredCustomerNoLongerChanges() {
        Map<String, Object> facts = enterprise(uniqueFragment());
        long id = register("manager", facts);
        assertThat(api.delete(CUSTOMERS + "/" + id, token("manager")).statusCode()).isEqualTo(204);
        Map<String, Object> change = new LinkedHashMap<>(facts);
        change.put("address", "注销后的地址");
        change.put("version", read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("version").asInt());

        HttpResponse<String> edited = api.put(CUSTOMERS + "/" + id, token("manager"), json(change));
        HttpResponse<String> revived = api.put(CUSTOMERS + "/" + id + "/stage", token("manager"),
                json(Map.of("stage", "ACTIVE", "reason", "误注销")));

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(409);
        assertThat(revived.statusCode()).as(revived.body()).isEqualTo(409);
        assertThat(read(api.get(CUSTOMERS + "/" + id, token("manager"))).get("stage").asString())
                .isEqualTo("RETIRED");
    }

    @Test
    void theStageChangesWithAReason() {
        long id = register("manager", enterprise(uniqueFragment()));

        HttpResponse<String> withoutReason = api.put(CUSTOMERS + "/" + id + "/stage", token("manager"),
                json(Map.of("stage", "ACTIVE")));
        HttpResponse<String> merged = api.put(CUSTOMERS + "/" + id + "/stage", token("manager"),
                json(Map.of("stage", "MERGED", "reason", "重复档案")));
        HttpResponse<String> active = api.put(CUSTOMERS + "/" + id + "/stage", token("manager"),
                json(Map.of("stage", "ACTIVE", "reason", "首单已发货")));

        assertFieldError(withoutReason, "reason", "原因");
        assertFieldError(merged, "stage", null);
        assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
        assertThat(read(active).get("stage").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void theApiDescriptionListsTheCustomerEndpoints() {
        HttpResponse<String> description = api.get("/v3/api-docs", null);

        assertThat(description.statusCode()).as(description.body()).isEqualTo(200);
        JsonNode paths = read(description).get("paths");
        assertThat(paths.has(CUSTOMERS)).isTrue();
        assertThat(paths.has(CUSTOMERS + "/{id}")).isTrue();
        assertThat(paths.has(CUSTOMERS + "/{id}/history")).isTrue();
    }

    // ---- paging ----

    @Test
    void theCursorOfOnePageGivesTheNextDisjointPage() {
        JsonNode first = read(api.get(CUSTOMERS + "?size=5", token("supervisor")));
        assertThat(first.get("nextCursor").isString()).as("an opaque string; for the default sort the last id")
                .isTrue();
        long cursor = Long.parseLong(first.get("nextCursor").asString());
        JsonNode second = read(api.get(CUSTOMERS + "?size=5&cursor=" + cursor, token("supervisor")));

        List<Long> firstIds = ids(first);
        List<Long> secondIds = ids(second);
        assertThat(firstIds).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(secondIds).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotContainAnyElementsOf(firstIds);
        assertThat(cursor).isEqualTo(firstIds.get(4));
        assertThat(secondIds.get(0)).isLessThan(cursor);
        assertThat(second.get("nextCursor").isNull()).isFalse();
    }

    @Test
    void theLastPageHasNoCursor() {
        String fragment = uniqueFragment();
        long older = register("manager", enterprise(fragment));
        long newer = register("manager", enterprise(fragment));

        JsonNode first = read(api.get(CUSTOMERS + "?size=1&q=" + encode(fragment), token("manager")));
        JsonNode second = read(api.get(CUSTOMERS + "?size=1&q=" + encode(fragment) + "&cursor="
                + first.get("nextCursor").asString(), token("manager")));

        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    // ---- helpers ----

    private String token(String username) {
        return DemoAccounts.token(api, username);
    }

    private long register(String username, Map<String, Object> facts) {
        return register(api, username, facts);
    }

    /** Registers as the demo user and returns the new customer's id. */
    static long register(ApiClient api, String username, Map<String, Object> facts) {
        HttpResponse<String> response = api.post(CUSTOMERS, DemoAccounts.token(api, username), json(facts));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).get("id").asLong();
    }

    /** A full enterprise in Shanghai Pudong whose name contains the fragment, with its own credit code and mobile. */
    static Map<String, Object> enterprise(String fragment) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", "ENTERPRISE");
        facts.put("name", "上海" + fragment + "物流有限公司");
        facts.put("creditCode", creditCode("310115"));
        facts.put("legalForm", "有限责任公司");
        facts.put("industry", "制造业");
        facts.put("registeredCapital", 5000000);
        facts.put("regionCode", "310115");
        facts.put("address", "上海市浦东新区张江路 " + ThreadLocalRandom.current().nextInt(1, 999) + " 号");
        facts.put("phone", "021-5" + digits(7));
        facts.put("mobile", "139" + digits(8));
        facts.put("email", "info@example.com");
        facts.put("operator", Map.of("name", "张三", "age", 48));
        facts.put("characteristics", Map.of("serviceArea", "华东"));
        return facts;
    }

    static Map<String, Object> individual(String fragment) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", "INDIVIDUAL");
        facts.put("name", "王" + fragment);
        String body = "310115" + (1960 + ThreadLocalRandom.current().nextInt(40)) + "0615" + digits(3);
        facts.put("residentId", body + com.logicrm.shared.identity.ResidentId.checkCharacter(body));
        facts.put("mobile", "138" + digits(8));
        facts.put("regionCode", "310115");
        return facts;
    }

    static String creditCode(String county) {
        String body = "91" + county + digits(9);
        return body + CreditCode.checkCharacter(body);
    }

    /** Two Han characters that no other customer's name is likely to contain next to each other. */
    static String uniqueFragment() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new String(new char[] {(char) random.nextInt(0x5000, 0x9000), (char) random.nextInt(0x5000, 0x9000)});
    }

    static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static JsonNode read(HttpResponse<String> response) {
        return read(response.body());
    }

    static JsonNode read(String body) {
        return JSON.readTree(body);
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        JsonNode items = page.get("items");
        for (int i = 0; i < items.size(); i++) {
            ids.add(items.get(i).get("id").asLong());
        }
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            texts.add(array.get(i).asString());
        }
        return texts;
    }

    static List<String> texts(JsonNode array, String property) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            texts.add(array.get(i).get(property).asString());
        }
        return texts;
    }

    static void assertFieldError(HttpResponse<String> response, String field, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = read(response).get("errors").get(0);
        assertThat(error.get("field").asString()).as(response.body()).isEqualTo(field);
        if (messagePart != null) {
            assertThat(error.get("message").asString()).contains(messagePart);
        }
    }
}
