package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code POST /api/eval} on the fixture corpus: the same scoring as the command and the gate. */
@QuarkusTest
class EvalEndpointTest {

    private static final String QUESTIONS = """
            {"id":"f1","type":"fact","history":[],"question":"白河区新增市场主体多少户?","answer_keys":[["4800户"]],"evidence":["新增市场主体4800户"]}
            {"id":"f2","type":"followup","history":["青禾市城镇新增就业多少人?"],"question":"那低保标准呢?","answer_keys":[["680元"]],"evidence":["城市低保标准从620元/月提高到680元/月"]}
            {"id":"u1","type":"unanswerable","history":[],"question":"成都市2022年地区生产总值是多少?","answer_keys":[],"evidence":[]}
            """;

    @Test
    void should_score_an_uploaded_question_file() {
        given().contentType("text/plain; charset=UTF-8").body(QUESTIONS)
                .when().post("/api/eval")
                .then().statusCode(200)
                .body("summary.items", is(3))
                .body("summary.answer_acc", is(1.0f))
                .body("summary.cite_acc", is(1.0f))
                .body("summary.abstain_acc", is(1.0f))
                .body("summary['recall@5']", is(1.0f))
                .body("rows.id", contains("f1", "f2", "u1"))
                .body("rows[0].cited[0]", is("baihe-2023/p6"));
    }

    @Test
    void should_refuse_a_file_that_is_not_question_lines() {
        given().contentType("text/plain").body("{\"id\":\"x\"}\nnot json")
                .when().post("/api/eval")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body("")
                .when().post("/api/eval")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
