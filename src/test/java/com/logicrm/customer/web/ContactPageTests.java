package com.logicrm.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.logicrm.support.DemoAccounts;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The 联系人 tab: add with a wrong mobile (message next to the field), add properly, edit, remove. */
@SpringBootTest
@AutoConfigureMockMvc
class ContactPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void contactsAreKeptOnTheirTab() throws Exception {
        Cookie session = signIn("manager");
        String name = "联系人页面" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "物流有限公司";
        MvcResult registered = mvc.perform(post("/customers/new").cookie(session).with(csrf())
                .param("kind", "ENTERPRISE").param("name", name)).andReturn();
        String location = registered.getResponse().getRedirectedUrl();
        assertThat(location).as(registered.getResponse().getContentAsString()).startsWith("/customers/");
        long id = Long.parseLong(location.substring("/customers/".length()).replaceAll("\\?.*", ""));

        String tab = page(session, "/customers/" + id + "?tab=contacts");
        assertThat(tab).contains("data-test=\"tab-contacts\"", "data-test=\"contact-form\"", "尚无联系人");

        MvcResult refused = mvc.perform(post("/customers/" + id + "/contacts").cookie(session).with(csrf())
                .param("name", "诸葛翀").param("mobile", "12345")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("data-error-for=\"mobile\"", "手机号码应为");

        MvcResult added = mvc.perform(post("/customers/" + id + "/contacts").cookie(session).with(csrf())
                .param("name", "诸葛翀").param("mobile", "13912345678").param("decisionMaker", "true")
                .param("level", "EXECUTIVE").param("departmentRole", "PURCHASING")).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + id + "?tab=contacts");
        String list = page(session, "/customers/" + id + "?tab=contacts");
        assertThat(list).contains("诸葛翀", "data-test=\"decision-maker\"", "决策层", "采购部门", "13912345678");
        String contactId = list.replaceAll("(?s).*data-contact=\"(\\d+)\".*", "$1");

        String edit = page(session, "/customers/" + id + "?tab=contacts&edit=" + contactId);
        assertThat(edit).contains("value=\"诸葛翀\"", "/contacts/" + contactId + "\"");
        mvc.perform(post("/customers/" + id + "/contacts/" + contactId).cookie(session).with(csrf())
                .param("name", "诸葛翀").param("mobile", "13912345678").param("title", "采购总监")
                .param("version", "0")).andReturn();
        assertThat(page(session, "/customers/" + id + "?tab=contacts")).contains("采购总监");

        mvc.perform(post("/customers/" + id + "/contacts/" + contactId + "/remove").cookie(session).with(csrf()));
        assertThat(page(session, "/customers/" + id + "?tab=contacts")).doesNotContain("诸葛翀");
        assertThat(page(session, "/customers/" + id + "?tab=history"))
                .contains("联系人 #" + contactId + " · 职务", "联系人 #" + contactId + "<");
        assertThat(page(session, "/customers/" + id + "?tab=contacts&lang=en")).contains("Contacts", "Add contact");
    }

    private String page(Cookie session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).cookie(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Sessions live in Spring Session's JDBC store, so the SESSION cookie is what carries them. */
    private Cookie signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }
}
