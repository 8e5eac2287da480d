package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx with one problem shape, never a 500 or a Java class name. */
@QuarkusTest
class BadRequestTest {

    private static ValidatableResponse postAsk(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/ask").then();
    }

    private static void assertProblem(ValidatableResponse r, int status, String detailPart) {
        r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("urn:reportqa:problem:"))
                .body("title", not(containsString("Exception")))
                .body("detail", containsString(detailPart))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void should_refuse_a_missing_or_blank_question() {
        assertProblem(postAsk("{}"), 400, "question");
        assertProblem(postAsk("{\"question\":\"   \"}"), 400, "question");
        assertProblem(postAsk("null"), 400, "body");
    }

    @Test
    void should_refuse_a_question_over_the_length_limit() {
        assertProblem(postAsk("{\"question\":\"" + "长".repeat(501) + "\"}"), 400, "500");
    }

    @Test
    void should_refuse_malformed_json_and_wrong_types() {
        assertProblem(postAsk("{\"question\": \"咸阳"), 400, "JSON");
        assertProblem(postAsk("{\"question\": {\"a\": 1}}"), 400, "question");
        assertProblem(postAsk("{\"question\": \"咸阳\", \"topK\": \"many\"}"), 400, "topK");
        assertProblem(postAsk("{\"question\": \"咸阳\", \"history\": \"none\"}"), 400, "history");
        assertProblem(postAsk("[1,2]"), 400, "JSON");
    }

    @Test
    void should_refuse_out_of_range_options() {
        assertProblem(postAsk("{\"question\":\"咸阳\",\"topK\":0}"), 400, "topK");
        assertProblem(postAsk("{\"question\":\"咸阳\",\"topK\":51}"), 400, "topK");
        assertProblem(postAsk("{\"question\":\"咸阳\",\"history\":[{\"role\":\"system\",\"content\":\"x\"}]}"), 400,
                "role");
        String many = "[" + String.join(",", java.util.Collections.nCopies(21, "{\"role\":\"user\",\"content\":\"x\"}")) + "]";
        assertProblem(postAsk("{\"question\":\"咸阳\",\"history\":" + many + "}"), 400, "history");
    }

    @Test
    void should_refuse_unknown_and_malformed_report_ids() {
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("question", "生产总值", "reportIds", List.of("nowhere-2020")))
                .when().post("/api/ask").then(), 404, "nowhere-2020");
        assertProblem(given().contentType(ContentType.JSON)
                .body(Map.of("question", "生产总值", "reportIds", List.of("../etc/passwd")))
                .when().post("/api/ask").then(), 400, "id");
        assertProblem(given().when().get("/api/reports/nowhere-2020").then(), 404, "nowhere-2020");
        assertProblem(given().when().get("/api/reports/BAD%20ID").then(), 400, "id");
    }

    @Test
    void should_refuse_wrong_methods_media_types_and_paths() {
        assertProblem(given().when().get("/api/ask").then(), 405, "");
        assertProblem(given().contentType(ContentType.TEXT).body("咸阳").when().post("/api/ask").then(), 415, "json");
        assertProblem(given().when().get("/api/nothing-here").then(), 404, "");
    }

    @Test
    void should_refuse_bad_search_parameters() {
        assertProblem(given().when().get("/api/search").then(), 400, "q");
        assertProblem(given().queryParam("q", "咸阳").queryParam("k", "abc").when().get("/api/search").then(), 400, "k");
        assertProblem(given().queryParam("q", "咸阳").queryParam("k", "0").when().get("/api/search").then(), 400, "k");
    }
}
