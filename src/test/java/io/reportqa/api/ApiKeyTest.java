package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With keys configured, evaluation needs one; questions stay open. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithKeys.class)
class ApiKeyTest {

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reportqa.api-keys", "k-one,k-two");
        }
    }

    @TestHTTPResource("/")
    URL root;

    private static final String ONE_QUESTION =
            "{\"id\":\"f1\",\"question\":\"白河区新增市场主体多少户?\",\"answer_keys\":[[\"4800户\"]],\"evidence\":[\"新增市场主体4800户\"]}";

    @Test
    void should_refuse_evaluation_without_a_valid_key_and_never_echo_it() {
        given().contentType("text/plain; charset=UTF-8").body(ONE_QUESTION)
                .when().post("/api/eval").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong-key").contentType("text/plain; charset=UTF-8").body(ONE_QUESTION)
                .when().post("/api/eval").then().statusCode(401).body("detail", not(containsString("wrong-key")));
    }

    @Test
    void should_accept_any_configured_key() {
        given().header("Authorization", "Bearer k-two").contentType("text/plain; charset=UTF-8").body(ONE_QUESTION)
                .when().post("/api/eval").then().statusCode(200).body("summary.answer_acc", is(1.0f));
    }

    @Test
    void should_keep_questions_open() {
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(200).body("answerable", is(true));
    }

    @Test
    void should_keep_questions_health_and_the_api_document_open_unless_reads_are_protected() {
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    /**
     * Spellings of protected paths that routing serves as the real thing (HTTP clients normalise paths, so these
     * go over a raw socket): none may add, remove or evaluate without a key, each gets a problem document, and
     * each reaches the access log.
     */
    @Test
    void should_refuse_writes_without_a_key_however_the_path_is_spelled() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("src/test/resources/uploads/songxi-2023.txt"));
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String path : List.of("//api/reports", "/api/%72eports", "/api/./reports", "/api/x/../reports",
                "/api/reports/.", "/api;x=1/reports", "/./api/reports", "/api//reports")) {
            failures.addAll(refused("POST", path + "?name=forged.txt", "text/plain; charset=UTF-8", report, "w" + n++));
        }
        for (String path : List.of("//api/eval", "/api/%65val", "/api/./eval", "/v1/../api/eval")) {
            failures.addAll(refused("POST", path, "text/plain; charset=UTF-8", ONE_QUESTION.getBytes(), "w" + n++));
        }
        for (String path : List.of("//api/reports/qinghe-2023", "/api/%72eports/qinghe-2023",
                "/api/x/../reports/qinghe-2023")) {
            failures.addAll(refused("DELETE", path, null, null, "w" + n++));
        }
        assertEquals(List.of(), failures);
        given().when().get("/api/reports/qinghe-2023").then().statusCode(200);
        given().when().get("/api/reports/songxi-2023").then().statusCode(404);
    }

    private List<String> refused(String method, String path, String type, byte[] body, String id) throws Exception {
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("X-Request-Id", "bypass-" + id));
        if (type != null) {
            headers.put("Content-Type", type);
        }
        RawHttp.Response res = RawHttp.send(root.getHost(), root.getPort(), method, path, headers, body, 30_000);
        List<String> failures = new ArrayList<>();
        if (res.status() == 201) {
            // The bypass worked: undo it with a key so the shared test data stays as it was.
            given().header("Authorization", "Bearer k-one").when().delete("/api/reports/songxi-2023");
        }
        if (res.status() != 400 && res.status() != 401 || !res.problem()) {
            failures.add(method + " " + path + " -> " + res.status() + (res.problem() ? "" : " without a problem"));
        }
        Optional<String> logged = AccessLog.line("bypass-" + id);
        if (logged.isEmpty() || !logged.get().startsWith(method + " ")) {
            failures.add(method + " " + path + " is missing from the access log");
        }
        return failures;
    }
}
