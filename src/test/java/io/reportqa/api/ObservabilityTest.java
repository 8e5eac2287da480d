package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics, request ids and the access log, as an operator sees them. */
@QuarkusTest
class ObservabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_expose_stage_timings_and_outcomes_as_prometheus_metrics() {
        given().contentType(ContentType.JSON).body(Map.of("question", "白河区新增市场主体多少户?")).post("/api/ask")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("question", "青禾市的火星探测基地建了几座?")).post("/api/ask")
                .then().statusCode(200);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("reportqa_stage_seconds_count{stage=\"retrieve\"}"), metrics);
        assertTrue(metrics.contains("reportqa_stage_seconds_count{stage=\"compose\"}"), metrics);
        assertTrue(metrics.contains("reportqa_answers_total{composer=\"extractive\",outcome=\"answered\"}"), metrics);
        assertTrue(metrics.contains("reportqa_answers_total{composer=\"extractive\",outcome=\"abstained\"}"), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/ask\"}"),
                metrics);
    }

    @Test
    void should_register_every_listed_metric_from_start_up() {
        // The fixture runs without a language model: these series exist at zero, before any fallback.
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String series : List.of("reportqa_stage_seconds_count{stage=\"llm\"}",
                "reportqa_llm_removed_sentences_total", "reportqa_llm_fallbacks_total{reason=\"timeout\"}",
                "reportqa_llm_fallbacks_total{reason=\"error\"}", "reportqa_llm_fallbacks_total{reason=\"unverified\"}",
                "reportqa_answers_total{composer=\"llm\",outcome=\"answered\"}")) {
            assertTrue(metrics.contains(series + " 0.0"), series + " in " + metrics);
        }
    }

    @Test
    void should_tag_each_request_with_an_id_that_reaches_the_log() throws Exception {
        given().header("X-Request-Id", "trace-abc.123").when().get("/api/reports")
                .then().statusCode(200).header("X-Request-Id", equalTo("trace-abc.123"));
        given().header("X-Request-Id", "bad id\twith space").when().get("/api/reports")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));

        boolean logged = false;
        for (String line : Files.readAllLines(Path.of("target/quarkus-test.log"), StandardCharsets.UTF_8)) {
            JsonNode entry = JSON.readTree(line);
            logged |= entry.path("mdc").path("requestId").asText().equals("trace-abc.123")
                    && entry.path("message").asText().startsWith("GET /api/reports 200 ");
        }
        assertTrue(logged, "a structured access log line carrying the request id");
    }

    @Test
    void should_never_log_questions_or_keys() throws Exception {
        given().header("Authorization", "Bearer sk-never-logged").contentType(ContentType.JSON)
                .body(Map.of("question", "一个不应出现在日志里的问题白河区")).post("/api/ask").then().statusCode(200);
        String log = Files.readString(Path.of("target/quarkus-test.log"), StandardCharsets.UTF_8);
        assertTrue(!log.contains("sk-never-logged") && !log.contains("一个不应出现在日志里的问题"));
    }
}
