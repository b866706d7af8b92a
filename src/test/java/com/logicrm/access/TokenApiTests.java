package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenApiTests {

    @LocalServerPort
    int port;

    @Test
    void aTokenFromUsernameAndPasswordOpensTheApi() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> issued = api.post("/api/v1/auth/tokens", null,
                "{\"username\":\"manager\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(issued.body()).contains("\"token\":\"lcrm_").contains("\"expiresAt\"");

        String token = api.token("manager", DemoAccounts.PASSWORD);
        HttpResponse<String> me = api.get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"manager\"", "\"kind\":\"OWN\"", "ACCOUNT_MANAGER",
                "customer:read", "上海分公司");
    }
}
