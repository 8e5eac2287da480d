package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-upload paragraph limit: an upload over it is refused before anything is stored or embedded. */
class UploadLimitsTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path data;

    private final List<Integer> embedded = new ArrayList<>();

    /** The songxi report with {@code extra} more one-line paragraphs. */
    static String reportWith(int extra) throws Exception {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("src/test/resources/uploads/songxi-2023.txt"),
                StandardCharsets.UTF_8));
        for (int i = 0; i < extra; i++) {
            text.append("\n  第").append(i + 1).append("项：推进重点项目建设，完成投资").append(i % 97).append("亿元。\n");
        }
        return text.toString();
    }

    @Test
    void should_refuse_an_upload_over_the_paragraph_limit_before_storing_or_embedding_it() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        CorpusLoader loader = new CorpusLoader(new Chunker(300));
        PassageWriter recording = (removed, added) -> embedded.add(added.size());
        Library library = new Library(sources, loader, recording, c -> null,
                loader.load(sources.files(), sources.removed()), sources.version(), 60);

        UploadLimitException e = assertThrows(UploadLimitException.class, () -> library.add("big", reportWith(60)));
        assertEquals("reportqa.limits.max-upload-paragraphs", e.setting());
        assertEquals(60, e.max());
        assertTrue(e.actual() > 60, "counted " + e.actual());
        assertTrue(e.getMessage().contains("max-upload-paragraphs"), e.getMessage());
        assertEquals(List.of(), embedded, "nothing embedded");
        assertFalse(library.current().corpus().report("songxi-2023").isPresent());
        try (Stream<Path> files = Files.exists(data.resolve("uploads")) ? Files.list(data.resolve("uploads"))
                : Stream.empty()) {
            assertEquals(List.of(), files.toList(), "nothing stored for the next start to choke on");
        }

        // Under the limit the same report goes in.
        library.add("small", reportWith(20));
        assertTrue(library.current().corpus().report("songxi-2023").isPresent());
        assertEquals(1, embedded.size());
    }
}
