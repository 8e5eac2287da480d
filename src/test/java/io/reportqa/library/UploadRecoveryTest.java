package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start finds in the data folder after a crash or an older version: uploads stored but never confirmed are
 * dropped, uploads that cannot be served are moved to {@code quarantine/}, half-written files are removed, and
 * everything else is left as it was.
 */
class UploadRecoveryTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path data;

    private final CorpusLoader loader = new CorpusLoader(new Chunker(300));

    private static String songxi() throws Exception {
        return Files.readString(Path.of("src/test/resources/uploads/songxi-2023.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void should_drop_an_upload_that_was_stored_but_never_confirmed() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        String unconfirmed = sources.store("songxi", songxi());
        Files.writeString(data.resolve("uploads/half-written.txt.tmp"), "2023年");
        Files.writeString(data.resolve("removed-reports.txt.tmp"), "");

        List<String> moved = UploadRecovery.recover(new ReportSources(CORPUS, data), loader, 20_000);

        assertEquals(List.of(), moved);
        assertEquals("uploads/songxi.txt", unconfirmed);
        assertEquals(List.of(), uploads(sources), "the upload no client was told about is gone");
        assertFalse(Files.exists(data.resolve("removed-reports.txt.tmp")));
        assertFalse(Files.list(data.resolve("pending-uploads")).findAny().isPresent());
    }

    @Test
    void should_keep_an_upload_the_library_added_and_confirmed() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        Library library = Library.open(sources, loader, (removed, added) -> { }, c -> null);
        library.add("songxi", songxi());

        UploadRecovery.recover(new ReportSources(CORPUS, data), loader, 20_000);

        assertEquals(List.of("uploads/songxi.txt"), uploads(sources));
        assertTrue(Library.open(sources, loader, (removed, added) -> { }, c -> null).current().corpus()
                .report("songxi-2023").isPresent());
    }

    @Test
    void should_move_aside_an_upload_over_the_paragraph_limit_and_start_with_the_rest() throws Exception {
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        // As an older version, without the limit, stored it.
        Files.writeString(uploads.resolve("big.txt"), UploadLimitsTest.reportWith(80), StandardCharsets.UTF_8);
        Files.writeString(uploads.resolve("other.txt"), ReuploadTest.firstReport(), StandardCharsets.UTF_8);
        ReportSources sources = new ReportSources(CORPUS, data);

        List<String> moved = UploadRecovery.recover(sources, loader, 60);

        assertEquals(List.of("uploads/big.txt"), moved);
        assertEquals(List.of("uploads/other.txt"), uploads(sources));
        assertTrue(Files.exists(data.resolve("quarantine/big.txt")), "kept for an operator to look at");
        assertEquals(UploadLimitsTest.reportWith(80), Files.readString(data.resolve("quarantine/big.txt")));
    }

    private static List<String> uploads(ReportSources sources) {
        return sources.files().stream().map(SourceFile::name).filter(SourceStore::isUpload).toList();
    }
}
