package com.logicrm.customer;

import static com.logicrm.customer.CustomerApiTests.encode;
import static com.logicrm.customer.CustomerApiTests.uniqueFragment;
import static com.logicrm.customer.CustomerPagesTests.form;
import static com.logicrm.customer.CustomerPagesTests.hiddenValue;
import static com.logicrm.customer.CustomerPagesTests.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The list and form pages for finding customers (ARC-14, ARC-15): tags typed in the form and shown as
 * badges, the cascading region filter, the sort with its next-page link, and saved filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerFindPagesTests {

    @LocalServerPort
    int port;
    WebSession manager;

    @BeforeEach
    void signIn() {
        manager = WebSession.signIn(new ApiClient(port), "manager");
    }

    @Test
    void tagsTypedInTheFormAreShownAsBadgesAndFilterTheList() {
        String tag = "冷链" + uniqueFragment();
        Map<String, String> form = form(uniqueFragment());
        form.put("tags", tag + "、 跨境 ," + tag);

        String path = register(manager, form);

        String card = manager.get(path).body();
        assertThat(card).containsPattern("data-test=\"tag\">" + tag + "<").contains(">跨境<");
        assertThat(manager.get(path + "/edit").body()).contains("value=\"" + tag + "、跨境\"");
        String list = manager.get("/customers?tag=" + encode(tag)).body();
        assertThat(list).contains(form.get("name")).containsPattern("data-test=\"tag\">" + tag + "<");
        assertThat(manager.get("/customers?tag=" + encode(tag + "x")).body()).doesNotContain(form.get("name"));
    }

    @Test
    void editedTagsAreInTheHistoryAndTooManyAreShownBesideTheField() {
        Map<String, String> form = form(uniqueFragment());
        form.put("tags", "冷链");
        String path = register(manager, form);
        String editPage = manager.get(path + "/edit").body();
        Map<String, String> edited = new LinkedHashMap<>(form);
        edited.put("version", hiddenValue(editPage, "version"));
        edited.put("tags", "冷链，重点培育");

        HttpResponse<String> saved = manager.post(path + "/edit", editPage, edited);
        String againPage = manager.get(path + "/edit").body();
        edited.put("version", hiddenValue(againPage, "version"));
        edited.put("tags", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21");
        HttpResponse<String> refused = manager.post(path + "/edit", againPage, edited);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(manager.get(path + "?tab=history").body()).contains("标签").contains("冷链、重点培育");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-error-for=\"tags\"").contains("最多只能有 20 个标签");
    }

    @Test
    void theRegionSelectsCascadeFromProvinceToCounty() {
        String tag = "地区" + uniqueFragment();
        Map<String, String> pudong = registerTagged(manager, tag, "310115");
        Map<String, String> xuhui = registerTagged(manager, tag, "310104");
        String list = "/customers?tag=" + encode(tag);

        String byCounty = manager.get(list + "&province=310000&city=310100&county=310115").body();
        String byCity = manager.get(list + "&province=310000&city=310100").body();
        String staleCity = manager.get(list + "&province=440000&city=310100").body();

        assertThat(byCounty).contains(pudong.get("name")).doesNotContain(xuhui.get("name"))
                .containsPattern("<option value=\"310115\" selected=\"selected\">浦东新区</option>")
                .contains("data-region-picker");
        assertThat(byCity).contains(pudong.get("name")).contains(xuhui.get("name"))
                .containsPattern("<option value=\"310104\">徐汇区</option>");
        assertThat(staleCity).as("a city left over from another province is ignored")
                .doesNotContain(pudong.get("name")).doesNotContain(xuhui.get("name"));
    }

    @Test
    void theNextPageKeepsTheSort() {
        String page = manager.get("/customers?sort=name").body();

        assertThat(page).containsPattern("<option value=\"name\" selected=\"selected\">按名称</option>");
        Matcher next = Pattern.compile("href=\"(/customers\\?[^\"]*)\"\\s+data-test=\"next-page\"|data-test=\"next-page\"\\s+href=\"(/customers\\?[^\"]*)\"")
                .matcher(page);
        assertThat(next.find()).as("the manager has more than one page of customers").isTrue();
        String link = (next.group(1) != null ? next.group(1) : next.group(2)).replace("&amp;", "&");
        assertThat(link).contains("sort=name").contains("cursor=");
        HttpResponse<String> second = manager.get(link);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("data-test=\"customer-table\"");
    }

    @Test
    void aSavedFilterIsAppliedWithOneClickOnlyByItsOwnerAndDeleted() {
        String tag = "保存" + uniqueFragment();
        Map<String, String> mine = registerTagged(manager, tag, "310115");
        WebSession other = WebSession.signIn(new ApiClient(port), "manager2");
        Map<String, String> theirs = registerTagged(other, tag, "310115");
        String filtered = manager.get("/customers?tag=" + encode(tag) + "&sort=name&from=mail").body();
        String query = hiddenValue(filtered, "query").replace("&amp;", "&");
        assertThat(query).isEqualTo("tag=" + encode(tag) + "&sort=name");
        String name = "我的冷链" + uniqueFragment();

        HttpResponse<String> saved = manager.post("/customers/saved-filters", filtered,
                Map.of("name", name, "query", query));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/customers?" + query);
        String list = manager.get("/customers").body();
        Matcher filter = Pattern.compile("data-saved-filter=\"" + name + "\">\\s*<a[^>]*href=\"([^\"]+)\""
                + ".*?/customers/saved-filters/(\\d+)/delete", Pattern.DOTALL).matcher(list);
        assertThat(filter.find()).as("the saved filter is on the list page").isTrue();
        String applied = manager.get(filter.group(1).replace("&amp;", "&")).body();
        assertThat(applied).contains(mine.get("name")).doesNotContain(theirs.get("name"));
        String othersList = other.get("/customers").body();
        assertThat(othersList).doesNotContain(name);

        HttpResponse<String> othersDelete = other.post("/customers/saved-filters/" + filter.group(2) + "/delete",
                othersList, Map.of());
        HttpResponse<String> deleted = manager.post("/customers/saved-filters/" + filter.group(2) + "/delete", list,
                Map.of());

        assertThat(othersDelete.statusCode()).isEqualTo(404);
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(manager.get("/customers").body()).doesNotContain(name);
    }

    @Test
    void aTakenNameIsReportedOnTheList() {
        String name = "重复" + uniqueFragment();
        String list = manager.get("/customers").body();
        manager.post("/customers/saved-filters", list, Map.of("name", name, "query", "stage=ACTIVE"));

        HttpResponse<String> again = manager.post("/customers/saved-filters", list,
                Map.of("name", name, "query", "stage=LOST"));

        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(manager.get("/customers").body()).contains("已有名为“" + name + "”的筛选");
    }

    /** A customer of the session's user in the given county, carrying the tag; returns the form sent. */
    private static Map<String, String> registerTagged(WebSession session, String tag, String county) {
        Map<String, String> form = form(uniqueFragment());
        form.put("tags", tag);
        form.put("regionCode", county);
        register(session, form);
        return form;
    }
}
