package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A satisfaction survey of three dimensions, defined and published through the API. */
final class QuestionnaireFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** 服务 (weight 2): q1 single choice (weight 3, required), q2 scale; 价格: q3 multiple choice; q4 text. */
    static final String SURVEY = """
            {"title":"%s","purpose":"SATISFACTION","description":"请根据近三个月的合作情况作答。",
             "dimensions":[{"code":"service","name":"服务质量","weight":2},{"code":"price","name":"价格","weight":1}],
             "questions":[
               {"code":"q1","kind":"SINGLE_CHOICE","text":"您对我司整体服务是否满意？","dimension":"service","weight":3,
                "required":true,"options":[{"label":"非常满意","points":100},{"label":"满意","points":75},
                {"label":"一般","points":50},{"label":"不满意","points":0}]},
               {"code":"q2","kind":"SCALE","text":"运输时效","dimension":"service"},
               {"code":"q3","kind":"MULTIPLE_CHOICE","text":"您认可的价格优势","dimension":"price",
                "options":[{"label":"运价","points":60},{"label":"账期","points":30},{"label":"折扣","points":10}]},
               {"code":"q4","kind":"TEXT","text":"其他建议"}]}""";

    private QuestionnaireFixtures() {
    }

    static String title(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    static long define(ApiClient api, String token, String title) {
        HttpResponse<String> defined = api.post("/api/v1/questionnaires", token, SURVEY.formatted(title));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        return JSON.readTree(defined.body()).path("id").asLong();
    }

    static long published(ApiClient api, String token, String title) {
        long id = define(api, token, title);
        HttpResponse<String> published = api.post("/api/v1/questionnaires/" + id + "/publish", token, "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
