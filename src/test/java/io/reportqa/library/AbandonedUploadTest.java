package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that goes away mid-upload is never left with a report it was not told about: gone before the
 * embedding, nothing is embedded; gone during it, the index change is undone. Either way nothing is stored or
 * served, and a start finds nothing pending.
 */
class AbandonedUploadTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path data;

    private final List<String> indexChanges = new ArrayList<>();

    private Library library(ReportSources sources) {
        CorpusLoader loader = new CorpusLoader(new Chunker(300));
        return Library.open(sources, loader, (removed, added) -> indexChanges.add("-" + removed + " +" + added.size()),
                c -> null);
    }

    private static Library.Incoming songxi() throws Exception {
        return new Library.Incoming("songxi.txt", "songxi", Files.readString(
                Path.of("src/test/resources/uploads/songxi-2023.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void should_embed_nothing_when_the_client_has_gone_before_the_embedding() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        Library library = library(sources);

        Library.Outcome o = library.addAll(List.of(songxi()), () -> false).get(0);

        assertEquals(LibraryException.Kind.ABANDONED, o.refused().kind());
        assertEquals(List.of(), indexChanges);
        assertNothingLeft(sources, library);
    }

    @Test
    void should_take_the_passages_out_again_when_the_client_goes_during_the_embedding() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        Library library = library(sources);
        AtomicInteger asked = new AtomicInteger();

        Library.Outcome o = library.addAll(List.of(songxi()), () -> asked.incrementAndGet() == 1).get(0);

        assertEquals(LibraryException.Kind.ABANDONED, o.refused().kind());
        assertEquals(2, indexChanges.size(), indexChanges.toString());
        assertEquals("-[songxi-2023] +0", indexChanges.get(1));
        assertNothingLeft(sources, library);
    }

    private static void assertNothingLeft(ReportSources sources, Library library) {
        assertFalse(library.current().corpus().report("songxi-2023").isPresent());
        assertEquals(List.of(), sources.files().stream().filter(f -> SourceStore.isUpload(f.name())).toList());
        assertEquals(List.of(), sources.dropUnconfirmed());
    }
}
