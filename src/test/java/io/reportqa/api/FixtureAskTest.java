package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP API end to end on the fixture corpus, with the real model and a real index on disk. */
@QuarkusTest
class FixtureAskTest {

    private static JsonPath ask(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @Test
    void should_answer_a_fact_with_the_sentence_and_cite_its_paragraph_verbatim() throws Exception {
        JsonPath r = ask(Map.of("question", "白河区2022年地区生产总值是多少?"));

        assertTrue(r.getBoolean("answerable"));
        assertTrue(r.getString("answer").contains("地区生产总值完成356.2亿元"), r.getString("answer"));
        assertTrue(r.getString("answer").endsWith("[1]。"), r.getString("answer"));
        assertEquals("baihe-2023", r.getString("citations[0].reportId"));
        assertEquals("2023年白河区政府工作报告", r.getString("citations[0].reportTitle"));
        assertEquals(1, r.getInt("citations[0].index"));
        String file = Files.readString(Path.of("src/test/resources/fixture-corpus/compilation-2023.txt"),
                StandardCharsets.UTF_8);
        String text = r.getString("citations[0].text");
        assertEquals(text, file.substring(r.getInt("citations[0].start"), r.getInt("citations[0].end")));
        assertTrue(text.contains("地区生产总值完成356.2亿元"), text);
        assertEquals(r.getString("citations[0].quote"),
                file.substring(r.getInt("citations[0].quoteStart"), r.getInt("citations[0].quoteEnd")));
    }

    @Test
    void should_take_the_place_and_topic_of_a_follow_up_from_the_history() {
        JsonPath r = ask(Map.of("question", "那低保标准呢?", "history", List.of(
                Map.of("role", "user", "content", "青禾市城镇新增就业多少人?"),
                Map.of("role", "assistant", "content", "城镇新增就业2.6万人。"))));

        assertTrue(r.getBoolean("answerable"));
        assertTrue(r.getString("answer").contains("680元/月"), r.getString("answer"));
        assertEquals("qinghe-2023", r.getString("citations[0].reportId"));
    }

    @Test
    void should_answer_each_place_of_a_comparison_with_its_own_citation() {
        JsonPath r = ask(Map.of("question", "白河区和金沙县2022年地区生产总值分别是多少?"));

        String answer = r.getString("answer");
        assertTrue(answer.startsWith("白河区：") && answer.contains("\n金沙县："), answer);
        assertTrue(answer.contains("356.2亿元") && answer.contains("128.4亿元"), answer);
        assertEquals(List.of("baihe-2023", "jinsha-2023"), r.getList("citations.reportId"));
    }

    @Test
    void should_read_a_question_as_a_reader_sees_it_without_invisible_characters() {
        JsonPath r = ask(Map.of("question", "\u202e白河区新增\u200b市场主体\u0000多少户?\u202c"));
        assertTrue(r.getString("answer").contains("4800户"), r.getString("answer"));
        given().contentType(ContentType.JSON).body(Map.of("question", "\u200b\u202e\u0007"))
                .when().post("/api/ask").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void should_state_which_figure_is_larger_when_both_sides_have_one() {
        JsonPath r = ask(Map.of("question", "白河区和金沙县2022年地区生产总值哪个更高?"));

        assertTrue(r.getString("answer").endsWith("比较：白河区（356.2亿元[1]）高于金沙县（128.4亿元[2]）。"),
                r.getString("answer"));
        assertEquals("baihe-2023", r.getString("citations[0].reportId"));
        assertEquals("jinsha-2023", r.getString("citations[1].reportId"));
    }

    @Test
    void should_refuse_a_place_the_corpus_has_no_report_about() {
        JsonPath r = ask(Map.of("question", "成都市2022年地区生产总值是多少?"));

        assertEquals(false, r.getBoolean("answerable"));
        assertTrue(r.getString("answer").contains("成都市"), r.getString("answer"));
        assertTrue(r.getString("answer").contains("没有"), r.getString("answer"));
    }

    @Test
    void should_say_so_when_no_sentence_answers_and_still_cite_the_closest_paragraphs() {
        JsonPath r = ask(Map.of("question", "青禾市的火星探测基地建了几座?"));

        assertEquals(false, r.getBoolean("answerable"));
        assertTrue(r.getString("answer").startsWith("报告中未找到"), r.getString("answer"));
        assertTrue(r.getList("citations").size() > 0);
    }

    @Test
    void should_answer_who_delivered_a_report_and_when_from_its_dateline() {
        JsonPath r = ask(Map.of("question", "金沙县政府工作报告是哪天作的?报告人是谁?"));

        assertTrue(r.getString("answer").contains("2023年2月15日"), r.getString("answer"));
        assertTrue(r.getString("answer").contains("韩露"), r.getString("answer"));
        assertEquals("jinsha-2023", r.getString("citations[0].reportId"));
        assertTrue(ask(Map.of("question", "青禾市的市长是谁?")).getString("answer").contains("林远"));
    }

    @Test
    void should_limit_a_question_to_the_reports_asked_for() {
        JsonPath r = ask(Map.of("question", "地区生产总值是多少?", "reportIds", List.of("qinghe-2023")));

        assertTrue(r.getString("answer").contains("812.6亿元"), r.getString("answer"));
        assertTrue(r.getList("citations.reportId").stream().allMatch("qinghe-2023"::equals));
    }

    @Test
    void should_search_within_the_named_place_and_return_passages() {
        given().queryParam("q", "白河区新增市场主体").queryParam("k", 3)
                .when().get("/api/search")
                .then().statusCode(200)
                .body("hits", hasSize(3))
                .body("hits.reportId", everyItem(equalTo("baihe-2023")))
                .body("hits[0].text", containsString("新增市场主体4800户"))
                .body("hits[0].section", is("一、2022年工作回顾"));
    }

    @Test
    void should_list_reports_and_serve_one_by_part_and_section() {
        given().when().get("/api/reports").then().statusCode(200)
                .body("reports.id", contains("baihe-2023", "jinsha-2023", "qinghe-2023"))
                .body("reports[2].place", is("青禾市"))
                .body("reports[2].date", is("2023-01-10"));
        given().when().get("/api/reports/qinghe-2023").then().statusCode(200)
                .body("report.title", is("2023年青禾市政府工作报告"))
                .body("parts.title", contains("", "一、2022年工作回顾", "二、2023年主要工作"))
                .body("parts[1].sections.title", contains("", "(一)产业发展稳中有进", "(二)民生保障持续加强"))
                .body("parts[1].sections[2].paragraphs[0].id", is("qinghe-2023/p8"));
    }

    @Test
    void should_keep_answer_text_free_of_markup_it_did_not_get_from_the_report() {
        JsonPath r = ask(Map.of("question", "<script>alert(1)</script>青禾市茶园面积多大?"));
        assertTrue(r.getString("answer").contains("21万亩"), r.getString("answer"));
        given().contentType(ContentType.JSON).body(Map.of("question", "<img src=x onerror=alert(1)>"))
                .when().post("/api/ask").then().statusCode(200).body("answer", not(containsString("<img")));
    }
}
