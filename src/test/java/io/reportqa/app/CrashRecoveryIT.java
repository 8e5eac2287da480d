package io.reportqa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service killed with SIGKILL while it indexes, again and again: on every restart the index in use
 * is a whole one (the old or the new, never torn), and the service ends up serving. A damaged index is rebuilt
 * with a clear log line; a missing model, or one whose SHA-256 is not the checked-in one, stops the start with one
 * clear message.
 */
class CrashRecoveryIT {

    private static final Path CORPUS = Path.of("corpus");
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void should_never_serve_a_torn_index_after_kills_during_indexing() throws Exception {
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        for (long delayMs : List.of(1_500L, 6_000L, 12_000L)) {
            try (ServiceProcess s = ServiceProcess.start(CORPUS, data, log)) {
                assertTrue(s.awaitLog("indexing ", Duration.ofMinutes(2)), s.log());
                Thread.sleep(delayMs);
                s.kill();
            }
            assertWholeOrAbsent(data);
        }
        try (ServiceProcess s = ServiceProcess.start(CORPUS, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            assertTrue(s.ask("2021年咸阳全市经济总量是多少?").contains("2581.3亿元"));
        }
        assertWholeOrAbsent(data);

        // Killed while an added report is being folded into the existing index.
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Files.copy(Path.of("src/test/resources/uploads/songxi-2023.txt"), uploads.resolve("songxi-2023.txt"));
        try (ServiceProcess s = ServiceProcess.start(CORPUS, data, log)) {
            assertTrue(s.awaitLog("index follows the corpus", Duration.ofMinutes(2)), s.log());
            s.kill();
        }
        assertWholeOrAbsent(data);
        try (ServiceProcess s = ServiceProcess.start(CORPUS, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            assertTrue(s.ask("松溪县2022年地区生产总值完成多少?").contains("96.7亿元"));
        }
    }

    /**
     * Killed while an upload is being embedded: the client never got its 201, so after the restart the report is
     * not there, its file is gone and the start says so; an upload that got its 201 survives a kill right after.
     */
    @Test
    void should_forget_an_upload_whose_client_was_never_told_and_keep_one_that_was() throws Exception {
        Path corpus = Path.of("src/test/resources/fixture-corpus");
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        byte[] songxi = Files.readAllBytes(Path.of("src/test/resources/uploads/songxi-2023.txt"));
        try (ServiceProcess s = ServiceProcess.start(corpus, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            CompletableFuture<HttpResponse<String>> upload = s.upload("songxi.txt", longReport(songxi, 3_000));
            assertTrue(s.awaitLog("adding 1 uploaded reports", Duration.ofMinutes(2)), s.log());
            s.kill();
            ExecutionException e = assertThrows(ExecutionException.class, () -> upload.get(30, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof IOException, e.toString());
        }
        try (ServiceProcess s = ServiceProcess.start(corpus, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            assertEquals(404, s.status("/api/reports/songxi-2023"));
            assertTrue(s.log().contains("dropped uploads/songxi.txt"), s.log());
            assertFalse(Files.exists(data.resolve("uploads/songxi.txt")));

            assertEquals(201, s.upload("songxi.txt", songxi).get(2, TimeUnit.MINUTES).statusCode());
            s.kill();
        }
        try (ServiceProcess s = ServiceProcess.start(corpus, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            assertEquals(200, s.status("/api/reports/songxi-2023"));
            assertTrue(s.ask("松溪县2022年地区生产总值完成多少?").contains("96.7亿元"));
        }
    }

    /** The report with {@code extra} more paragraphs: minutes of embedding on a small machine. */
    private static byte[] longReport(byte[] report, int extra) {
        StringBuilder text = new StringBuilder(new String(report, StandardCharsets.UTF_8));
        for (int i = 0; i < extra; i++) {
            text.append("\n  第").append(i + 1).append("项：推进重点项目建设，完成投资").append(i % 97).append("亿元。\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_rebuild_a_damaged_index_with_a_clear_log_line() throws Exception {
        Path corpus = Files.createDirectory(work.resolve("corpus"));
        Files.copy(Path.of("src/test/resources/fixture-corpus/qinghe-2023.txt"), corpus.resolve("qinghe-2023.txt"));
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        try (ServiceProcess s = ServiceProcess.start(corpus, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
        }
        Path index = currentIndex(data);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(f);
            }
        }
        try (ServiceProcess s = ServiceProcess.start(corpus, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            assertTrue(s.log().contains("is damaged"), s.log());
            assertTrue(s.ask("青禾市城镇新增就业多少人?").contains("[1]"));
        }
    }

    @Test
    void should_stop_with_one_clear_message_when_the_model_is_missing() throws Exception {
        Path log = work.resolve("service.log");
        try (ServiceProcess s = ServiceProcess.start(Path.of("src/test/resources/fixture-corpus"), work.resolve("data"),
                log, "-Dreportqa.model.path=" + work.resolve("missing.onnx"),
                "-Dreportqa.model.tokenizer-path=" + work.resolve("missing-tokenizer.json"))) {
            Integer code = s.awaitExit(Duration.ofMinutes(2));
            assertNotNull(code, "the service kept running without its model:\n" + s.log());
            assertNotEquals(0, code);
            assertTrue(s.log().contains("missing.onnx"), s.log());
        }
    }

    @Test
    void should_stop_naming_both_digests_when_the_model_is_not_the_checked_in_one() throws Exception {
        Path models = Files.createDirectory(work.resolve("models"));
        Path model = Files.writeString(models.resolve("bge-small-zh-v1.5-int8-matmul.onnx"), "a damaged copy");
        Files.copy(Path.of("models/bge-small-zh-v1.5-int8-matmul.onnx.sha256"),
                models.resolve("bge-small-zh-v1.5-int8-matmul.onnx.sha256"));
        Files.copy(Path.of("models/tokenizer.json"), models.resolve("tokenizer.json"));
        String expected = Files.readString(models.resolve("bge-small-zh-v1.5-int8-matmul.onnx.sha256")).substring(0, 64);
        Path log = work.resolve("service.log");
        try (ServiceProcess s = ServiceProcess.start(Path.of("src/test/resources/fixture-corpus"), work.resolve("data"),
                log, "-Dreportqa.model.path=" + model, "-Dreportqa.model.tokenizer-path=" + models.resolve("tokenizer.json"))) {
            Integer code = s.awaitExit(Duration.ofMinutes(2));
            assertNotNull(code, "the service kept running with a damaged model:\n" + s.log());
            assertNotEquals(0, code);
            assertTrue(s.log().contains(model.toString()), s.log());
            assertTrue(s.log().contains(expected), s.log());
            assertTrue(s.log().contains(io.reportqa.embed.ModelFiles.sha256(model)), s.log());
        }
    }

    private static Path currentIndex(Path data) throws IOException {
        return data.resolve(Files.readString(data.resolve("CURRENT"), StandardCharsets.UTF_8).strip());
    }

    /** Either no index has been made current yet, or the current one opens and holds every passage it should. */
    private static void assertWholeOrAbsent(Path data) throws IOException {
        if (!Files.exists(data.resolve("CURRENT"))) {
            return;
        }
        try (FSDirectory dir = FSDirectory.open(currentIndex(data)); DirectoryReader reader = DirectoryReader.open(dir)) {
            int passages = new CorpusLoader(new Chunker(300)).load(Path.of("corpus")).passages().size();
            assertTrue(reader.numDocs() >= passages, "a current index with " + reader.numDocs() + " of " + passages
                    + " passages");
        }
    }
}
