package io.reportqa.library;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Adding and removing reports through the API on a running service, with questions asked all the while: each
 * format becomes answerable with citations, the change is visible at once, and nothing else is disturbed.
 */
@QuarkusTest
@TestProfile(ReportManagementTest.FreshData.class)
public class ReportManagementTest {

    private static final Path UPLOADS = Path.of("src/test/resources/uploads");
    private static final String QUESTION = "松溪县2022年地区生产总值完成多少?";

    /** The fixture corpus indexed into a data folder of its own, so uploads never leak into other tests. */
    public static class FreshData implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TempDataDir.class));
        }
    }

    public static class TempDataDir implements QuarkusTestResourceLifecycleManager {
        private Path dir;

        @Override
        public Map<String, String> start() {
            try {
                Files.createDirectories(Path.of("target"));
                dir = Files.createTempDirectory(Path.of("target"), "manage-");
                return Map.of("reportqa.data-dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).when().post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath upload(String file, int status) {
        return given().multiPart("file", UPLOADS.resolve(file).toFile()).when().post("/api/reports")
                .then().statusCode(status).contentType(status == 201 ? "application/json" : "application/problem+json")
                .extract().jsonPath();
    }

    private static void delete(String id) {
        given().when().delete("/api/reports/" + id).then().statusCode(200);
    }

    @Test
    void should_make_an_uploaded_report_answerable_in_every_format_and_forget_it_when_deleted() {
        for (String file : List.of("songxi-2023.txt", "songxi-2023.md", "songxi-2023.html", "songxi-2023.pdf")) {
            assertFalse(ask(QUESTION).getBoolean("answerable"), file);

            JsonPath added = upload(file, 201);
            assertEquals("songxi-2023", added.getString("reports[0].id"), file);

            JsonPath r = ask(QUESTION);
            assertTrue(r.getString("answer").contains("96.7亿元"), file + ": " + r.getString("answer"));
            assertEquals("songxi-2023", r.getString("citations[0].reportId"));
            given().when().get("/api/reports/songxi-2023").then().statusCode(200);

            delete("songxi-2023");
            given().when().get("/api/reports/songxi-2023").then().statusCode(404);
            assertFalse(ask(QUESTION).getBoolean("answerable"), file);
        }
    }

    @Test
    void should_refuse_duplicates_unknown_formats_and_documents_without_a_report() {
        upload("songxi-2023.txt", 201);
        try {
            upload("songxi-2023.md", 409);
            given().multiPart("file", "report.doc", new byte[] {1, 2, 3}).when().post("/api/reports")
                    .then().statusCode(415).contentType("application/problem+json");
            given().multiPart("file", "report.docx", new byte[] {1, 2, 3}).when().post("/api/reports")
                    .then().statusCode(400).contentType("application/problem+json");
            given().multiPart("file", "notes.txt", "只是一些笔记，没有报告标题。".getBytes()).when().post("/api/reports")
                    .then().statusCode(422).contentType("application/problem+json");
            given().multiPart("file", "bad.pdf", "not a pdf".getBytes()).when().post("/api/reports")
                    .then().statusCode(400).contentType("application/problem+json");
            given().when().delete("/api/reports/no-such-report").then().statusCode(404);
        } finally {
            delete("songxi-2023");
        }
    }

    @Test
    void should_take_a_raw_body_with_its_media_type() throws IOException {
        given().contentType("text/html; charset=utf-8").body(Files.readAllBytes(UPLOADS.resolve("songxi-2023.html")))
                .when().post("/api/reports?name=songxi.html").then().statusCode(201)
                .header("Location", "/api/reports/songxi-2023");
        delete("songxi-2023");
    }

    @Test
    void should_keep_answering_other_questions_without_errors_while_reports_change() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> asked = pool.submit(() -> {
            int n = 0;
            while (running.get()) {
                JsonPath r = ask("白河区新增市场主体多少户?");
                assertTrue(r.getString("answer").contains("4800户"), r.getString("answer"));
                n++;
            }
            return n;
        });
        for (int i = 0; i < 3; i++) {
            upload("songxi-2023.txt", 201);
            delete("songxi-2023");
        }
        running.set(false);
        assertTrue(asked.get() > 0);
        pool.shutdown();
    }
}
