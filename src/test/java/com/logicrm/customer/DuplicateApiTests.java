package com.logicrm.customer;

import static com.logicrm.customer.ArchiveFixtures.brand;
import static com.logicrm.customer.ArchiveFixtures.ids;
import static com.logicrm.customer.ArchiveFixtures.landline;
import static com.logicrm.customer.ArchiveFixtures.mobile;
import static com.logicrm.customer.ArchiveFixtures.read;
import static com.logicrm.customer.ArchiveFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicateApiTests {

    @LocalServerPort
    int port;
    ApiClient api;
    String sales;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        sales = api.token("sales", DemoAccounts.PASSWORD);
    }

    @Test
    void theSamePhoneMakesACandidate() {
        String phone = landline();
        JsonNode first = register(api, sales, brand() + "冷链物流有限公司", ",\"phone\":\"" + phone + "\"");
        JsonNode second = register(api, sales, brand() + "包装材料有限公司", ",\"phone\":\"" + phone + "\"");

        JsonNode duplicate = second.path("duplicates").get(0);
        assertThat(duplicate.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(duplicate.path("archiveNo").asString()).isEqualTo(first.path("archiveNo").asString());
        assertThat(duplicate.path("why").toString()).contains("phone");
        assertThat(second.path("warnings").toString()).contains("possibleDuplicate");
    }

    @Test
    void aMobileEnteredAsPhoneStillMatches() {
        String number = mobile();
        JsonNode first = register(api, sales, brand() + "电子商务有限公司", ",\"mobile\":\"" + number + "\"");
        JsonNode second = register(api, sales, brand() + "国际货运代理有限公司", ",\"phone\":\"" + number + "\"");
        assertThat(ids(second.path("duplicates"))).contains(first.path("id").asLong());
    }

    @Test
    void aNearIdenticalNameMakesACandidate() {
        String brand = brand();
        JsonNode first = register(api, sales, "上海" + brand + "精密机械有限公司", "");
        JsonNode sameCore = register(api, sales, brand + "精密机械股份有限公司", "");
        JsonNode oneCharacterOff = register(api, sales, brand + "精密机器有限公司", "");
        JsonNode unrelated = register(api, sales, brand() + "纺织品进出口有限公司", "");

        assertThat(ids(sameCore.path("duplicates"))).contains(first.path("id").asLong());
        assertThat(sameCore.path("duplicates").get(0).path("why").toString()).contains("name");
        assertThat(ids(oneCharacterOff.path("duplicates")))
                .contains(first.path("id").asLong(), sameCore.path("id").asLong());
        assertThat(ids(unrelated.path("duplicates"))).doesNotContain(first.path("id").asLong());
        assertThat(unrelated.path("warnings").toString()).doesNotContain("possibleDuplicate");

        HttpResponse<String> candidates = api.get("/api/v1/customers/" + first.path("id").asLong() + "/duplicates",
                sales);
        assertThat(candidates.statusCode()).isEqualTo(200);
        assertThat(ids(read(candidates.body())))
                .contains(sameCore.path("id").asLong(), oneCharacterOff.path("id").asLong());
    }

    @Test
    void candidatesOutsideTheCallersScopeStayHidden() {
        String phone = landline();
        JsonNode shanghai = register(api, sales, brand() + "仓储服务有限公司", ",\"phone\":\"" + phone + "\"");
        String shenzhen = api.token("manager2", DemoAccounts.PASSWORD);
        JsonNode own = register(api, shenzhen, brand() + "仓储服务有限公司", ",\"phone\":\"" + phone + "\"");
        assertThat(ids(own.path("duplicates"))).doesNotContain(shanghai.path("id").asLong());
    }

    @Test
    void theReportListsPairsSharingAPhoneOrANameCore() {
        String phone = landline();
        String brand = brand();
        JsonNode a = register(api, sales, brand + "供应链管理有限公司", ",\"phone\":\"" + phone + "\"");
        JsonNode b = register(api, sales, "上海市" + brand + "供应链管理有限公司", ",\"phone\":\"" + phone + "\"");

        HttpResponse<String> report = api.get("/api/v1/customers/duplicates", sales);
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode pair = null;
        for (JsonNode candidate : read(report.body())) {
            if (candidate.path("firstId").asLong() == a.path("id").asLong()
                    && candidate.path("secondId").asLong() == b.path("id").asLong()) {
                pair = candidate;
            }
        }
        assertThat(pair).as(report.body()).isNotNull();
        assertThat(pair.path("why").toString()).contains("phone", "name");
        assertThat(read(report.body()).size()).isLessThanOrEqualTo(100);
    }
}
