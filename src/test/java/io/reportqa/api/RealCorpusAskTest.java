package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A few questions of our own on the 14 bundled reports, answers checked against the report text. */
@QuarkusTest
@TestProfile(RealCorpusProfile.class)
class RealCorpusAskTest {

    private static JsonPath ask(String question, List<Map<String, String>> history) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question, "history", history))
                .when().post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    private static void assertAnswer(JsonPath r, String reportId, String... figures) {
        String answer = r.getString("answer");
        assertTrue(r.getBoolean("answerable"), answer);
        assertEquals(reportId, r.getString("citations[0].reportId"), answer);
        for (String f : figures) {
            assertTrue(answer.contains(f), f + " missing from: " + answer);
            assertTrue(r.getList("citations.text", String.class).stream().anyMatch(t -> t.contains(f)),
                    f + " is in no cited paragraph");
        }
    }

    @Test
    void should_answer_facts_from_the_report_of_the_place_asked_about() {
        assertAnswer(ask("辽宁2021年新建5G基站多少座?", List.of()), "liaoning-2022", "2.5万座");
        assertAnswer(ask("辽宁2021年城镇新增就业多少人?", List.of()), "liaoning-2022", "48.4万人");
        assertAnswer(ask("辽宁省2022年要建设保障性租赁住房多少套?", List.of()), "liaoning-2022", "3.2万套");
    }

    @Test
    void should_carry_place_and_topic_into_a_follow_up_about_another_year() {
        JsonPath r = ask("那2022年呢?", List.of(Map.of("role", "user", "content", "辽宁2021年改造城镇老旧小区多少个?"),
                Map.of("role", "assistant", "content", "改造城镇老旧小区1246个[1]。")));
        assertAnswer(r, "liaoning-2022", "1000个");
        assertTrue(r.getString("answer").startsWith("深入推进城市更新先导区建设,改造老旧小区1000个"), r.getString("answer"));
    }

    @Test
    void should_answer_a_comparison_with_a_citation_for_each_place() {
        JsonPath r = ask("咸阳和天门2022年城镇新增就业的目标分别是多少?", List.of());
        String answer = r.getString("answer");
        assertTrue(answer.startsWith("咸阳市：") && answer.contains("\n天门市："), answer);
        assertTrue(answer.contains("4.5万人") && answer.contains("1万人"), answer);
        assertEquals(List.of("xianyang-2022", "tianmen-2022"), r.getList("citations.reportId", String.class));
    }

    @Test
    void should_refuse_places_and_topics_the_reports_do_not_cover() {
        JsonPath unknownPlace = ask("杭州市2021年地区生产总值是多少?", List.of());
        assertFalse(unknownPlace.getBoolean("answerable"));
        assertTrue(unknownPlace.getString("answer").contains("杭州市"));
        JsonPath mentionedElsewhere = ask("上海2022年地区生产总值是多少?", List.of());
        assertFalse(mentionedElsewhere.getBoolean("answerable"), mentionedElsewhere.getString("answer"));
        JsonPath unknownTopic = ask("德令哈的航天发射中心建成了吗?", List.of());
        assertFalse(unknownTopic.getBoolean("answerable"), unknownTopic.getString("answer"));
    }

    @Test
    void should_search_passages_of_the_named_report_first() {
        JsonPath r = given().queryParam("q", "厦门台湾水果进口量").queryParam("k", 5).when().get("/api/search")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, r.getList("hits").size());
        assertTrue(r.getList("hits.reportId", String.class).stream().allMatch("xiamen-2019"::equals));
        assertTrue(r.getString("hits[0].text").contains("台湾水果进口量连续11年排名大陆城市第一"), r.getString("hits[0].text"));
    }

    @Test
    void should_list_the_fourteen_reports() {
        given().when().get("/api/reports").then().statusCode(200)
                .body("reports.size()", org.hamcrest.Matchers.is(14));
    }
}
