package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every request of {@code hostile/requests.jsonl} (malformed and deeply nested JSON, wrong types, huge strings,
 * control and bidi characters, invalid UTF-8, path traversal, prompt injection, wrong methods, uploads built to
 * cost a parser minutes or its stack) against the running service: none gets a 5xx or hangs, every 4xx is a
 * problem document (under /v1, OpenAI's error shape), a request that names the status it must get
 * ({@code expect}) gets it, and the index is the same after.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REQUESTS = Path.of("src/test/resources/hostile/requests.jsonl");
    private static final int TIMEOUT_MS = 30_000;

    @TestHTTPResource("/")
    URL root;

    @Test
    void should_answer_every_hostile_request_with_a_clear_status_and_leave_the_index_alone() throws IOException {
        Map<String, Long> indexBefore = indexFiles();
        String searchBefore = search();
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(REQUESTS, StandardCharsets.UTF_8);
        for (String line : lines) {
            JsonNode r = JSON.readTree(line);
            String name = r.path("name").asText();
            try {
                RawHttp.Response res = send(r);
                boolean errorShape = r.path("path").asText().startsWith("/v1/") ? res.errorDocument() : res.problem();
                if (r.has("expect") && (res.status() != r.path("expect").asInt()
                        || !res.body().contains("urn:reportqa:problem:" + r.path("expectType").asText()))) {
                    failures.add(name + " -> " + res.status() + ", not " + r.path("expect").asInt() + " "
                            + r.path("expectType").asText() + ": " + res.body());
                } else if (res.status() < 200 || res.status() >= 500) {
                    failures.add(name + " -> " + res.status());
                } else if (res.status() >= 400 && !errorShape) {
                    failures.add(name + " -> " + res.status() + " without a problem document");
                } else if (res.body().contains("internal-error")) {
                    failures.add(name + " -> an internal error inside a " + res.status());
                }
            } catch (SocketTimeoutException e) {
                failures.add(name + " -> no answer within " + TIMEOUT_MS + " ms");
            }
        }
        assertTrue(lines.size() >= 200, "the corpus holds " + lines.size() + " requests");
        assertEquals(List.of(), failures);
        assertEquals(indexBefore, indexFiles());
        assertEquals(searchBefore, search());
    }

    private RawHttp.Response send(JsonNode r) throws IOException {
        Map<String, String> expand = new LinkedHashMap<>();
        r.path("expand").fields().forEachRemaining(e -> expand.put(e.getKey(),
                e.getValue().get(0).asText().repeat(e.getValue().get(1).asInt())));
        Map<String, String> headers = new LinkedHashMap<>();
        r.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        byte[] body = null;
        if (r.has("bodyBase64")) {
            body = Base64.getDecoder().decode(r.path("bodyBase64").asText());
        } else if (r.has("body")) {
            body = expanded(r.path("body").asText(), expand).getBytes(StandardCharsets.UTF_8);
        }
        return RawHttp.send(root.getHost(), root.getPort(), r.path("method").asText(),
                expanded(r.path("path").asText(), expand), headers, body, TIMEOUT_MS);
    }

    private static String expanded(String text, Map<String, String> expand) {
        String out = text;
        for (var e : expand.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static String search() {
        return given().queryParam("q", "地区生产总值").queryParam("k", 5).when().get("/api/search").then()
                .statusCode(200).extract().jsonPath().getList("hits.passageId").toString();
    }

    /** Names and sizes of the files under the test index folder. */
    private static Map<String, Long> indexFiles() throws IOException {
        Map<String, Long> out = new TreeMap<>();
        Path dir = Path.of("target/test-data/fixture");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.size(f));
            }
        }
        return out;
    }
}
