package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys required for reads too; the API document and the page stay open. */
@QuarkusTest
@TestProfile(ApiKeyReadsTest.ReadsProtected.class)
class ApiKeyReadsTest {

    public static class ReadsProtected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reportqa.api-keys", "k-one", "reportqa.api-keys-for-reads", "true");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void should_require_a_key_for_every_api_read() {
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().when().get("/api/reports").then().statusCode(401);
        given().when().get("/v1/models").then().statusCode(401).contentType("application/json")
                .body("error.type", org.hamcrest.Matchers.is("authentication_error"))
                .body("error.code", org.hamcrest.Matchers.is("invalid_api_key"));
        given().header("Authorization", "Bearer k-one").when().get("/api/reports").then().statusCode(200);
    }

    @Test
    void should_leave_the_api_document_open() {
        given().when().get("/q/openapi").then().statusCode(200);
    }

    /** Reads by paths that routing serves as the real thing: each refused (400 or 401) with a problem document. */
    @Test
    void should_refuse_reads_without_a_key_however_the_path_is_spelled() throws Exception {
        byte[] ask = "{\"question\":\"白河区新增市场主体多少户?\"}".getBytes(StandardCharsets.UTF_8);
        byte[] chat = "{\"model\":\"reportqa\",\"messages\":[{\"role\":\"user\",\"content\":\"白河区新增市场主体多少户?\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String path : List.of("//api/ask", "/api/%61sk", "/api/./ask", "/x/../api/ask", "//api/ask/stream")) {
            failures.addAll(refused("POST", path, ask, "r" + n++));
        }
        for (String path : List.of("//v1/chat/completions", "/%761/chat/completions", "/v1/./chat/completions")) {
            failures.addAll(refused("POST", path, chat, "r" + n++));
        }
        for (String path : List.of("/%761/models", "//v1/models", "//api/reports", "//api/reports/qinghe-2023",
                "//api/search?q=%E7%99%BD%E6%B2%B3", "/api/%73earch?q=x", "/api;a=b/reports")) {
            failures.addAll(refused("GET", path, null, "r" + n++));
        }
        assertEquals(List.of(), failures);
    }

    private List<String> refused(String method, String path, byte[] body, String id) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("X-Request-Id", "read-bypass-" + id));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        RawHttp.Response res = RawHttp.send(root.getHost(), root.getPort(), method, path, headers, body, 30_000);
        List<String> failures = new ArrayList<>();
        if (res.status() != 400 && res.status() != 401 || !res.problem()) {
            failures.add(method + " " + path + " -> " + res.status() + (res.problem() ? "" : " without a problem"));
        }
        if (AccessLog.line("read-bypass-" + id).isEmpty()) {
            failures.add(method + " " + path + " is missing from the access log");
        }
        return failures;
    }
}
