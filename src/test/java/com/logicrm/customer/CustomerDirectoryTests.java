package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.access.OnBehalf;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Naming a page of ids for other modules: only those the reader may see, as the archive's list decides. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerDirectoryTests {

    @LocalServerPort
    int port;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    OnBehalf onBehalf;

    @Autowired
    JdbcClient jdbc;

    private List<CustomerDirectory.Listed> seenBy(String username, List<Long> ids) {
        AtomicReference<List<CustomerDirectory.Listed>> seen = new AtomicReference<>();
        onBehalf.run(username, user -> seen.set(directory.visible(ids, user)));
        return seen.get();
    }

    @Test
    void scopeConfidentialityAndGrantsDecideWhoIsNamed() {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        long own = TestCustomers.register(api, manager, "上海目录自有物流" + stamp + "有限公司");
        HttpResponse<String> created = api.post("/api/v1/customers", manager, """
                {"kind":"ENTERPRISE","name":"上海目录机密物流%s有限公司","regionCode":"310115","confidentiality":"CONFIDENTIAL"}"""
                .formatted(stamp));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long secret = jdbc.sql("select id from customer.customer where name = ?")
                .param("上海目录机密物流" + stamp + "有限公司").query(Long.class).single();
        long other = TestCustomers.register(api, DemoAccounts.token(api, "supervisor"), "总部目录物流" + stamp + "有限公司");
        List<Long> ids = List.of(other, secret, own, 999_999_999L);

        assertThat(seenBy("manager", ids)).extracting(CustomerDirectory.Listed::id).containsExactly(own);
        assertThat(seenBy("manager", ids).get(0).name()).isEqualTo("上海目录自有物流" + stamp + "有限公司");
        assertThat(seenBy("manager", ids).get(0).archiveNo()).startsWith("KH-");
        assertThat(seenBy("supervisor", ids)).extracting(CustomerDirectory.Listed::id)
                .as("in the order asked").containsExactly(other, secret, own);
        assertThat(seenBy("manager2", ids)).isEmpty();

        long manager2 = jdbc.sql("select id from access.app_user where username = 'manager2'").query(Long.class).single();
        HttpResponse<String> granted = api.post("/api/v1/customers/" + secret + "/grants",
                DemoAccounts.token(api, "supervisor"), """
                {"userId":%d,"validUntil":"%s","reason":"年末筛选复核"}"""
                .formatted(manager2, Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(seenBy("manager2", ids)).extracting(CustomerDirectory.Listed::id).containsExactly(secret);
    }

    @Test
    void aPageIsAtMostAThousandIds() {
        List<Long> many = new ArrayList<>(LongStream.rangeClosed(1, 1001).boxed().toList());
        assertThatThrownBy(() -> seenBy("supervisor", many)).isInstanceOf(IllegalArgumentException.class);
        assertThat(seenBy("supervisor", List.of())).isEmpty();
    }
}
