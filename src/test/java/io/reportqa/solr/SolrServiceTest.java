package io.reportqa.solr;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.library.Library;
import io.reportqa.library.LibrarySync;
import io.reportqa.model.Answer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service with {@code reportqa.backend=solr}: at start-up it creates the collection on an empty cluster, fills
 * it from the (fixture) corpus, and answers over HTTP from SolrCloud. No embedded index is built. Other service
 * instances on the same collection are stood for by libraries built here as the service builds its own, over the
 * same cluster: what is added or deleted through one is served, or no longer served, by all of them.
 */
@QuarkusTest
@TestProfile(SolrServiceTest.OnSolr.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class SolrServiceTest {

    private static final Path DATA = Path.of("target/test-data/on-solr");
    private static final Path SONGXI = Path.of("src/test/resources/uploads/songxi-2023.txt");
    private static final String QUESTION = "松溪县2022年地区生产总值完成多少?";
    /** Several of the service's sync intervals (1 s here) on a busy machine. */
    private static final Duration WITHIN = Duration.ofSeconds(20);

    public static class OnSolr implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reportqa.data-dir", DATA.toString(), "reportqa.solr.sync-interval", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SolrClusterResource.class));
        }
    }

    @Inject
    SolrBackend solr;
    @Inject
    Library library;
    @Inject
    Encoder encoder;
    @Inject
    ReportQaConfig config;

    @Test
    void should_answer_from_the_collection_it_created_and_filled_without_an_embedded_index() throws IOException {
        JsonPath r = ask("白河区2022年地区生产总值是多少?");

        assertTrue(r.getBoolean("answerable"));
        assertTrue(r.getString("answer").contains("地区生产总值完成356.2亿元"), r.getString("answer"));
        assertEquals("baihe-2023", r.getString("citations[0].reportId"));
        assertEquals(library.current().corpus().passages().size(), solr.store().count());
        assertFalse(Files.exists(DATA.resolve("CURRENT")) || embeddedIndexes() > 0,
                "the embedded index was built although the backend is SolrCloud");
    }

    /** Index folders under the data folder (which may also hold the unpacked FP32 model). */
    private static long embeddedIndexes() throws IOException {
        if (!Files.isDirectory(DATA)) {
            return 0;
        }
        try (Stream<Path> dirs = Files.list(DATA)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("index-")).count();
        }
    }

    @Test
    void should_serve_a_report_uploaded_through_the_service_on_another_instance_until_deleted_there() {
        Library other = instance();
        try (LibrarySync sync = new LibrarySync(() -> other, Duration.ofMillis(200))) {
            assertFalse(ask(QUESTION).getBoolean("answerable"));

            given().multiPart("file", SONGXI.toFile()).when().post("/api/reports").then().statusCode(201);

            await("the other instance answers with the uploaded report", () -> answersSongxi(other));
            Answer a = other.current().qa().ask(QUESTION, List.of(), Set.of(), 15);
            assertTrue(a.answer().contains("96.7亿元"), a.answer());
            assertEquals("songxi-2023", a.citations().get(0).reportId());

            other.remove("songxi-2023");

            await("the service stops answering with the report deleted elsewhere",
                    () -> !ask(QUESTION).getBoolean("answerable")
                            && given().when().get("/api/reports/songxi-2023").statusCode() == 404);
            given().when().get("/api/reports/songxi-2023").then().statusCode(404);
        }
    }

    @Test
    void should_serve_at_once_on_an_instance_started_after_the_upload_and_take_up_a_deletion() throws Exception {
        Library first = instance();
        first.add("songxi-2023", Files.readString(SONGXI, StandardCharsets.UTF_8));
        try {
            Library restarted = instance();
            assertTrue(answersSongxi(restarted), "an instance started after the upload does not serve it");
            assertFalse(restarted.refresh(), "nothing changed since it started");
            assertEquals(restarted.current().corpus().passages().size(), solr.store().count(),
                    "the collection's passage count includes the stored upload");

            await("the service answers with a report uploaded through another instance",
                    () -> ask(QUESTION).getString("answer").contains("96.7亿元"));
            given().when().delete("/api/reports/songxi-2023").then().statusCode(200);

            assertTrue(restarted.refresh());
            assertFalse(restarted.current().corpus().report("songxi-2023").isPresent());
            assertFalse(restarted.current().qa().ask(QUESTION, List.of(), Set.of(), 15).answerable());
        } finally {
            first.refresh();
            if (first.current().corpus().report("songxi-2023").isPresent()) {
                first.remove("songxi-2023");
            }
        }
    }

    /** Another service instance on the same collection, built as the service builds its library. */
    private Library instance() {
        return Library.open(solr.sources(config.corpusDir()), new CorpusLoader(new Chunker(300)), solr.writer(),
                c -> EmbeddedRun.service(c, encoder, solr.lexical(), solr.dense()));
    }

    private static boolean answersSongxi(Library library) {
        Answer a = library.current().qa().ask(QUESTION, List.of(), Set.of(), 15);
        return a.answerable() && a.answer().contains("96.7亿元");
    }

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).when().post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void await(String what, BooleanSupplier condition) {
        long t0 = System.nanoTime();
        long deadline = t0 + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + WITHIN);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        System.out.printf("%s after %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
    }
}
