package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * While one upload is being embedded (here: an index that waits until the test lets it go), a second upload of
 * the same report gets its 409 at once, and an upload of another report waits at most the write wait, then is
 * told the service is busy (503); nothing of either is stored. The first upload then goes in whole.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentUploadTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path data;

    private final CountDownLatch embedding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** An index whose embedding takes as long as the test wants. */
    private void slowEmbedding() {
        embedding.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void should_refuse_a_duplicate_at_once_and_another_upload_as_busy_while_one_is_embedded() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        CorpusLoader loader = new CorpusLoader(new Chunker(300));
        Library library = new Library(sources, loader, (removed, added) -> slowEmbedding(), c -> null,
                loader.load(sources.files(), sources.removed()), sources.version(), 20_000, Duration.ofMillis(300));
        ReportUploads uploads = new ReportUploads(library, 10 << 20);
        byte[] songxi = Files.readAllBytes(Path.of("src/test/resources/uploads/songxi-2023.txt"));
        byte[] other = new String(songxi, StandardCharsets.UTF_8).replace("松溪", "松阳").getBytes(StandardCharsets.UTF_8);

        CompletableFuture<ReportUploads.Result> first = CompletableFuture.supplyAsync(
                () -> uploads.add(new ReportUploads.File("songxi.txt", null, songxi)));
        assertTrue(embedding.await(30, TimeUnit.SECONDS), "the first upload reached its embedding");

        ReportUploads.Result duplicate = uploads.add(new ReportUploads.File("again.txt", null, songxi));
        assertEquals(409, duplicate.status(), duplicate.detail());
        assertTrue(duplicate.detail().contains("being added"), duplicate.detail());
        ReportUploads.Result busy = uploads.add(new ReportUploads.File("songyang.txt", null, other));
        assertEquals(503, busy.status(), busy.detail());
        assertEquals(1, release.getCount(), "both were answered while the first was still embedding");

        release.countDown();
        ReportUploads.Result added = first.get(30, TimeUnit.SECONDS);
        assertEquals(201, added.status(), added.detail());
        assertEquals(List.of("songxi-2023"), added.reports().stream().map(Report::id).toList());
        assertEquals(List.of("songxi.txt"), uploadedFiles());
        assertEquals(List.of(), sources.dropUnconfirmed(), "the added upload was confirmed");

        ReportUploads.Result later = uploads.add(new ReportUploads.File("songyang.txt", null, other));
        assertEquals(201, later.status(), "the busy one goes in when retried: " + later.detail());
    }

    private List<String> uploadedFiles() throws Exception {
        try (var files = Files.list(data.resolve("uploads"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
