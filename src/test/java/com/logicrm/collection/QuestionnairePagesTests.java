package com.logicrm.collection;

import static com.logicrm.collection.QuestionnaireFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The questionnaire editor: a questionnaire is put together one dimension and one question at a time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnairePagesTests {

    @LocalServerPort
    int port;

    @Test
    void aSupervisorBuildsAndPublishesAQuestionnaireInTheEditor() {
        ApiClient api = new ApiClient(port);
        WebSession session = WebSession.signIn(api, "supervisor");
        String list = session.get("/collection/questionnaires").body();
        assertThat(list).contains("问卷调查", "新建问卷", "满意度调查");

        String title = QuestionnaireFixtures.title("需求调查");
        HttpResponse<String> created = session.post("/collection/questionnaires", list,
                Map.of("title", title, "purpose", "NEEDS", "description", "了解客户明年的仓配需求"));
        assertThat(created.statusCode()).isEqualTo(302);
        String editorPath = path(created);
        assertThat(editorPath).matches("/collection/questionnaires/\\d+");
        String editor = session.get(editorPath).body();
        assertThat(editor).contains(title, "草稿", "添加维度", "添加题目");

        assertThat(session.post(editorPath + "/dimensions", editor, Map.of("name", "仓储需求", "weight", "2"))
                .statusCode()).isEqualTo(302);
        editor = session.get(editorPath).body();
        HttpResponse<String> badOptions = session.post(editorPath + "/questions", editor, Map.of("text", "仓库面积",
                "kind", "SINGLE_CHOICE", "dimension", "d1", "weight", "1", "options", "1000 平方米以下"));
        assertThat(session.get(path(badOptions)).body()).contains("选项格式应为「选项|分值」");
        assertThat(session.post(editorPath + "/questions", editor, Map.of("text", "明年是否需要增加仓库面积？",
                "kind", "SINGLE_CHOICE", "dimension", "d1", "weight", "1", "required", "true",
                "options", "需要|100\n不确定|50\n不需要|0")).statusCode()).isEqualTo(302);
        assertThat(session.post(editorPath + "/questions", editor, Map.of("text", "其他需求", "kind", "TEXT",
                "dimension", "d1", "weight", "1", "options", "")).statusCode()).isEqualTo(302);
        editor = session.get(editorPath).body();
        assertThat(editor).contains("仓储需求", "明年是否需要增加仓库面积？", "需要 （100 分）", "其他需求", "不计分");

        HttpResponse<String> published = session.post(editorPath + "/publish", editor, Map.of());
        assertThat(session.get(path(published)).body()).contains("已发布，可以记录答卷");

        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
        JsonNode defined = json(api.get("/api/v1/questionnaires/" + id, DemoAccounts.token(api, "supervisor")));
        assertThat(defined.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(defined.path("questions").get(0).path("required").asBoolean()).isTrue();
        assertThat(defined.path("questions").get(0).path("options").get(2).path("points").asInt()).isZero();
        assertThat(defined.path("questions").get(1).path("dimension").isNull()).isTrue();

        WebSession manager = WebSession.signIn(api, "manager");
        String managerView = manager.get(editorPath).body();
        assertThat(managerView).contains(title).doesNotContain("data-test=\"question-form\"");
        assertThat(manager.post("/collection/questionnaires", managerView, Map.of("title", "x", "purpose", "OTHER"))
                .statusCode()).isEqualTo(403);
    }

    private static String path(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
