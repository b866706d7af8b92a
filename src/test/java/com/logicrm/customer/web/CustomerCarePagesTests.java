package com.logicrm.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages of duplicates, merge, review and handover, rendered for real in Chinese. */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerCarePagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private JsonNode register(String name, String phone) throws Exception {
        String body = mvc.perform(post("/api/v1/customers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"ENTERPRISE","name":"%s","regionCode":"310115","phone":"%s"}""".formatted(name, phone)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String unique() {
        return "璟琮" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @Test
    @WithUserDetails("sales")
    void duplicatesShowOnTheCardAndMergeLeavesAPointer() throws Exception {
        String phone = "021-" + (50_000_000 + ThreadLocalRandom.current().nextInt(40_000_000));
        JsonNode first = register(unique() + "物流有限公司", phone);
        String secondName = unique() + "速运有限公司";
        JsonNode second = register(secondName, phone);
        long a = first.path("id").asLong();
        long b = second.path("id").asLong();

        String card = page("/customers/" + b);
        assertThat(card).contains("可能重复", first.path("archiveNo").asString(), "电话相同",
                "/customers/merge?survivorId=" + a + "&amp;mergedId=" + b);

        String screen = page("/customers/merge?survivorId=" + a + "&mergedId=" + b);
        assertThat(screen).contains("合并客户", "name=\"choice.name\"", "保留的客户");

        mvc.perform(post("/customers/merge").with(csrf()).param("survivorId", Long.toString(a))
                        .param("mergedId", Long.toString(b)).param("version", "0").param("mergedVersion", "0")
                        .param("choice.name", "MERGED").param("reason", "重复建档"))
                .andExpect(status().is3xxRedirection());
        String merged = page("/customers/" + b);
        assertThat(merged).contains("本档案已合并到", first.path("archiveNo").asString(), "已合并");
        assertThat(page("/customers/" + a)).contains(secondName);
    }

    @Test
    @WithUserDetails("sales")
    void theSalesAdminSeesReportReviewAndHandover() throws Exception {
        assertThat(page("/customers/duplicates")).contains("疑似重复客户");
        assertThat(page("/customers/review-due")).contains("待复核客户", "超过 12 个月");
        assertThat(page("/customers/handovers")).contains("客户交接", "交接记录", "移交人");
        assertThat(page("/customers")).contains("/customers/handovers", "/customers/review-due");
    }

    @Test
    @WithUserDetails("manager")
    void anAccountManagerHasNoHandover() throws Exception {
        mvc.perform(get("/customers/handovers")).andExpect(status().isForbidden());
        assertThat(page("/customers")).doesNotContain("/customers/handovers").contains("/customers/review-due");
    }
}
