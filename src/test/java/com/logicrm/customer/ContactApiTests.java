package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiTests {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @LocalServerPort
    int port;
    ApiClient api;
    String manager;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        manager = api.token("manager", DemoAccounts.PASSWORD);
    }

    @Test
    void contactsAreAddedListedChangedAndRemovedWithHistory() {
        long customer = newCustomer();
        String mobile = uniqueMobile();
        HttpResponse<String> added = api.post(contacts(customer), manager, """
                {"name":"司马翀骎","departmentRole":"PURCHASING","level":"EXECUTIVE","decisionMaker":true,
                 "title":"采购总监","mobile":"+86 %s","email":"Sima@Example.COM","primary":true}"""
                .formatted(mobile));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long contact = id(added.body());
        assertThat(added.headers().firstValue("Location")).hasValue(contacts(customer) + "/" + contact);
        assertThat(added.body()).contains("\"mobile\":\"" + mobile + "\"", "\"email\":\"Sima@example.com\"",
                "\"decisionMaker\":true", "\"primary\":true", "\"version\":0");

        HttpResponse<String> second = api.post(contacts(customer), manager,
                "{\"name\":\"王建华\",\"level\":\"OPERATOR\",\"phone\":\"(021) 6234 5678\",\"primary\":true}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(second.body()).contains("\"phone\":\"021-62345678\"");
        long other = id(second.body());
        assertThat(api.get(contacts(customer) + "/" + contact, manager).body())
                .as("a new primary contact takes the flag").contains("\"primary\":false");

        HttpResponse<String> changed = api.put(contacts(customer) + "/" + contact, manager, """
                {"version":1,"name":"司马翀骎","departmentRole":"USING","level":"MANAGER","decisionMaker":true,
                 "mobile":"%s","wechat":"sima_wx"}""".formatted(mobile));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"departmentRole\":\"USING\"", "\"wechat\":\"sima_wx\"", "\"version\":2");
        assertThat(api.put(contacts(customer) + "/" + contact, manager,
                "{\"version\":1,\"name\":\"司马翀骎\",\"title\":\"总监\"}").statusCode())
                .as("a save on a stale version").isEqualTo(409);

        assertThat(api.delete(contacts(customer) + "/" + other, manager).statusCode()).isEqualTo(204);
        String list = api.get(contacts(customer), manager).body();
        assertThat(list).contains("司马翀骎").doesNotContain("王建华");
        assertThat(api.get(contacts(customer) + "/" + other, manager).statusCode()).isEqualTo(404);

        String history = api.get("/api/v1/customers/" + customer + "/history", manager).body();
        assertThat(history).contains("\"field\":\"contact:" + contact + "\"", "\"newValue\":\"司马翀骎\"",
                "\"field\":\"contact:" + contact + ".departmentRole\"", "\"oldValue\":\"PURCHASING\"",
                "\"field\":\"contact:" + contact + ".primary\"",
                "\"field\":\"contact:" + other + "\"", "\"oldValue\":\"王建华\"");
    }

    @Test
    void anInvalidMobileIsRefusedNamingTheField() {
        long customer = newCustomer();
        HttpResponse<String> refused = api.post(contacts(customer), manager,
                "{\"name\":\"李四\",\"mobile\":\"12345\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"mobile\"");
        HttpResponse<String> noName = api.post(contacts(customer), manager, "{\"mobile\":\"13812345678\"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("\"field\":\"name\"");
    }

    @Test
    void contactsFollowTheCustomersScopeAndMasking() {
        long customer = newCustomer();
        String mobile = uniqueMobile();
        long contact = id(api.post(contacts(customer), manager,
                "{\"name\":\"欧阳翀\",\"mobile\":\"" + mobile + "\",\"email\":\"oy@example.com\"}").body());
        String newMobile = uniqueMobile();
        api.put(contacts(customer) + "/" + contact, manager, "{\"version\":0,\"name\":\"欧阳翀\",\"mobile\":\""
                + newMobile + "\",\"email\":\"oy@example.com\"}");

        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        assertThat(api.get(contacts(customer), manager2).statusCode()).isEqualTo(404);
        assertThat(api.get(contacts(customer) + "/" + contact, manager2).statusCode()).isEqualTo(404);
        assertThat(api.post(contacts(customer), manager2, "{\"name\":\"张三\"}").statusCode()).isEqualTo(404);
        assertThat(api.delete(contacts(customer) + "/" + contact, manager2).statusCode()).isEqualTo(404);

        String service = api.token("service", DemoAccounts.PASSWORD);
        assertThat(api.post(contacts(customer), service, "{\"name\":\"张三\"}").statusCode())
                .as("customer service reads but does not write").isEqualTo(403);
        HttpResponse<String> masked = api.get(contacts(customer), service);
        assertThat(masked.statusCode()).isEqualTo(200);
        assertThat(masked.body()).contains(newMobile.substring(0, 3) + "****" + newMobile.substring(7),
                "o***@example.com").doesNotContain(newMobile);
        assertThat(api.get("/api/v1/customers/" + customer + "/history", service).body())
                .as("nor does the history give them away").doesNotContain(mobile).doesNotContain(newMobile)
                .contains("\"field\":\"contact:" + contact + ".mobile\"");
    }

    @Test
    void theSearchBoxFindsACustomerByAContactsNameOrMobile() {
        long customer = newCustomer();
        String mobile = uniqueMobile();
        api.post(contacts(customer), manager, "{\"name\":\"端木骎翀\",\"mobile\":\"" + mobile + "\"}");

        assertThat(search("骎翀")).contains("\"id\":" + customer + ",");
        assertThat(search(mobile)).contains("\"id\":" + customer + ",");
        assertThat(search("翀骎")).as("the characters in the wrong order").doesNotContain("\"id\":" + customer + ",");

        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        long removed = id(api.get(contacts(customer), manager).body());
        api.delete(contacts(customer) + "/" + removed, manager);
        assertThat(api.get("/api/v1/customers?size=100&q=" + mobile, supervisor).body())
                .as("a removed contact no longer finds its customer").doesNotContain("\"id\":" + customer + ",");
    }

    @Test
    void demoCustomersHaveContacts() {
        String supervisor = api.token("supervisor", DemoAccounts.PASSWORD);
        // the oldest current customer is a demo one, however many the other tests have filed since
        Matcher ids = ID.matcher(api.get("/api/v1/customers?size=1&sort=oldest", supervisor).body());
        assertThat(ids.find()).isTrue();
        long oldest = Long.parseLong(ids.group(1));
        assertThat(api.get(contacts(oldest), supervisor).body()).contains("\"primary\":true", "\"mobile\":\"1");
    }

    private String search(String q) {
        HttpResponse<String> found = api.get("/api/v1/customers?size=100&q=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8), manager);
        assertThat(found.statusCode()).isEqualTo(200);
        return found.body();
    }

    private long newCustomer() {
        String name = "联系人测试" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "物流有限公司";
        HttpResponse<String> registered = api.post("/api/v1/customers", manager,
                "{\"kind\":\"ENTERPRISE\",\"name\":\"" + name + "\",\"regionCode\":\"310115\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return id(registered.body());
    }

    private static String contacts(long customer) {
        return "/api/v1/customers/" + customer + "/contacts";
    }

    private static String uniqueMobile() {
        return "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private static long id(String body) {
        Matcher matcher = ID.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
