package com.logicrm.customer;

import static com.logicrm.customer.ArchiveFixtures.brand;
import static com.logicrm.customer.ArchiveFixtures.ids;
import static com.logicrm.customer.ArchiveFixtures.read;
import static com.logicrm.customer.ArchiveFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    String sales;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        sales = api.token("sales", DemoAccounts.PASSWORD);
    }

    /** Time passes only in the database: the profile was last reviewed {@code months} ago. */
    private void reviewedMonthsAgo(long id, int months) {
        jdbc.sql("update customer.customer set reviewed_at = now() - make_interval(months => ?) where id = ?")
                .params(months, id).update();
    }

    @Test
    void profilesUnreviewedForAYearAreDueUntilMarkedReviewed() {
        long old = register(api, sales, brand() + "国际物流有限公司", "").path("id").asLong();
        long recent = register(api, sales, brand() + "国际物流有限公司", "").path("id").asLong();
        long fresh = register(api, sales, brand() + "国际物流有限公司", "").path("id").asLong();
        reviewedMonthsAgo(old, 13);
        reviewedMonthsAgo(recent, 11);

        HttpResponse<String> due = api.get("/api/v1/customers/review-due", sales);
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(ids(read(due.body()))).contains(old).doesNotContain(recent, fresh);

        HttpResponse<String> reviewed = api.post("/api/v1/customers/" + old + "/review", sales, "");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(ids(read(api.get("/api/v1/customers/review-due", sales).body()))).doesNotContain(old);
        assertThat(read(api.get("/api/v1/customers/" + old + "/history", sales).body()).get(0).path("field")
                .asString()).isEqualTo("reviewedAt");
    }

    @Test
    void theListKeepsToTheCallersScopeAndMarkingNeedsWrite() {
        long shanghai = register(api, sales, brand() + "冷链有限公司", "").path("id").asLong();
        reviewedMonthsAgo(shanghai, 24);
        String manager2 = api.token("manager2", DemoAccounts.PASSWORD);
        assertThat(ids(read(api.get("/api/v1/customers/review-due", manager2).body()))).doesNotContain(shanghai);
        assertThat(api.post("/api/v1/customers/" + shanghai + "/review", manager2, "").statusCode()).isEqualTo(404);
        String service = api.token("service", DemoAccounts.PASSWORD);
        assertThat(api.post("/api/v1/customers/" + shanghai + "/review", service, "").statusCode()).isEqualTo(403);
    }
}
