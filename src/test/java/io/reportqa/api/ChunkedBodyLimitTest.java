package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Bodies without a declared length ({@code Transfer-Encoding: chunked}) are held to the same limits as declared
 * ones, counted as they arrive: many oversized ones at once get 413 problem documents, the service stays ready,
 * and a chunked body within the limit is still served.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final int CONNECTIONS = 20;
    private static final long OVERSIZED = 3L * 1024 * 1024;

    @TestHTTPResource("/")
    URL root;

    @Test
    void should_refuse_many_concurrent_oversized_chunked_bodies_with_413_and_stay_ready() throws Exception {
        Runtime rt = Runtime.getRuntime();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<RawHttp.Response>> answers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            answers.add(pool.submit(() -> RawHttp.sendChunked(root.getHost(), root.getPort(), "POST", "/api/ask",
                    Map.of("Content-Type", "application/json"), (byte) ' ', 64 * 1024, OVERSIZED, 30_000)));
        }
        List<String> wrong = new ArrayList<>();
        for (Future<RawHttp.Response> f : answers) {
            RawHttp.Response r = f.get();
            if (r.status() != 413 || !r.problem() || !r.body().contains("body-too-large")) {
                wrong.add(r.status() + " " + r.body());
            }
        }
        pool.shutdown();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long usedAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%d chunked bodies of %d MB: all answered in %d ms; heap used %d MB before, %d MB after%n",
                CONNECTIONS, OVERSIZED >> 20, ms, usedBefore >> 20, usedAfter >> 20);
        assertEquals(List.of(), wrong);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(200);
    }

    @Test
    void should_serve_a_chunked_body_within_the_limit_and_refuse_an_oversized_chunked_upload() throws Exception {
        String question = "{\"question\":\"白河区新增市场主体多少户?\"}";
        RawHttp.Response ok = RawHttp.sendChunkedText(root.getHost(), root.getPort(), "POST", "/api/ask",
                Map.of("Content-Type", "application/json"), question, 30_000);
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.body().contains("4800户"), ok.body());

        // Reaches the resource (a text without a report title: 422), so the buffered body was handed on.
        RawHttp.Response notes = RawHttp.sendChunkedText(root.getHost(), root.getPort(), "POST",
                "/api/reports?name=notes.txt", Map.of("Content-Type", "text/plain; charset=UTF-8"),
                "只是一些笔记，没有报告标题。", 30_000);
        assertEquals(422, notes.status(), notes.body());

        // The same as a multipart form: parsed from the buffered body.
        String form = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n只是一些笔记，没有报告标题。\r\n--b0undary--\r\n";
        RawHttp.Response multipart = RawHttp.sendChunkedText(root.getHost(), root.getPort(), "POST", "/api/reports",
                Map.of("Content-Type", "multipart/form-data; boundary=b0undary"), form, 30_000);
        assertEquals(422, multipart.status(), multipart.body());

        // A small Content-Length next to a chunked body does not let the body past the count.
        RawHttp.Response both = RawHttp.sendChunked(root.getHost(), root.getPort(), "POST", "/api/ask",
                Map.of("Content-Type", "application/json", "Content-Length", "10"), (byte) ' ', 64 * 1024,
                OVERSIZED, 30_000);
        assertTrue(both.status() == 413 || both.status() == 400, both.status() + " " + both.body());

        // Uploads may be larger than other bodies (10 MB), but no larger.
        RawHttp.Response big = RawHttp.sendChunked(root.getHost(), root.getPort(), "POST",
                "/api/reports?name=big.txt", Map.of("Content-Type", "text/plain"), (byte) 'x', 256 * 1024,
                11L * 1024 * 1024, 30_000);
        assertEquals(413, big.status(), big.body());
        assertTrue(big.problem(), big.head());
    }
}
