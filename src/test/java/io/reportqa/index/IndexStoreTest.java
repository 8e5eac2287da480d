package io.reportqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk index: reused when unchanged, rebuilt when changed or damaged, never torn. */
class IndexStoreTest {

    private static final Corpus CORPUS = new CorpusLoader(new Chunker(300))
            .load(Path.of("src/test/resources/fixture-corpus"));

    @TempDir
    Path data;

    private final CountingEncoder counting = new CountingEncoder();
    private final AtomicInteger embedded = counting.embedded;
    private final Encoder encoder = counting.encoder;

    @Test
    void should_build_once_and_reuse_the_index_while_the_fingerprint_is_the_same() throws IOException {
        try (PassageIndex first = new IndexStore(data).open(CORPUS, encoder, "aaaa")) {
            assertEquals(CORPUS.passages().size(), first.size());
        }
        assertEquals(CORPUS.passages().size(), embedded.get());
        assertEquals("index-aaaa", Files.readString(data.resolve("CURRENT"), StandardCharsets.UTF_8));

        try (PassageIndex again = new IndexStore(data).open(CORPUS, encoder, "aaaa")) {
            assertEquals(CORPUS.passages().size(), again.size());
        }
        assertEquals(CORPUS.passages().size(), embedded.get(), "nothing re-embedded on reuse");
    }

    @Test
    void should_embed_only_the_passages_of_reports_added_or_removed_since_the_last_start() throws IOException {
        try (PassageIndex first = new IndexStore(data).open(CORPUS, encoder, "aaaa")) {
            assertEquals(CORPUS.passages().size(), first.size());
        }
        Path corpusDir = Files.createDirectory(data.resolve("corpus"));
        for (String f : List.of("qinghe-2023.txt", "compilation-2023.txt")) {
            Files.copy(Path.of("src/test/resources/fixture-corpus", f), corpusDir.resolve(f));
        }
        Files.copy(Path.of("src/test/resources/uploads/songxi-2023.txt"), corpusDir.resolve("songxi-2023.txt"));
        Corpus more = new CorpusLoader(new Chunker(300)).load(corpusDir);
        int added = more.passages().size() - CORPUS.passages().size();
        embedded.set(0);

        IndexStore store = new IndexStore(data);
        try (PassageIndex grown = store.open(more, encoder, "aaaa")) {
            assertEquals(more.passages().size(), grown.size());
            assertEquals(new IndexStore.Sync(added, 0), store.lastSync());
            assertTrue(grown.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
                    Fields.WORDS, "茶叶")), List.of("songxi-2023"), 5).size() > 0);
        }
        assertEquals(added, embedded.get(), "only the new report's passages were embedded");

        Files.delete(corpusDir.resolve("songxi-2023.txt"));
        embedded.set(0);
        try (PassageIndex shrunk = store.open(CORPUS, encoder, "aaaa")) {
            assertEquals(CORPUS.passages().size(), shrunk.size());
            assertEquals(new IndexStore.Sync(0, added), store.lastSync());
        }
        assertEquals(0, embedded.get());
    }

    @Test
    void should_rebuild_for_a_new_fingerprint_and_drop_the_old_index() throws IOException {
        new IndexStore(data).open(CORPUS, encoder, "aaaa").close();
        new IndexStore(data).open(CORPUS, encoder, "bbbb").close();

        assertEquals(2 * CORPUS.passages().size(), embedded.get());
        assertEquals("index-bbbb", Files.readString(data.resolve("CURRENT"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(data.resolve("index-aaaa")));
    }

    @Test
    void should_detect_a_damaged_index_and_rebuild_it_from_the_corpus() throws IOException {
        new IndexStore(data).open(CORPUS, encoder, "aaaa").close();
        try (Stream<Path> files = Files.list(data.resolve("index-aaaa"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }

        try (PassageIndex rebuilt = new IndexStore(data).open(CORPUS, encoder, "aaaa")) {
            assertEquals(CORPUS.passages().size(), rebuilt.size());
        }
        assertEquals(2 * CORPUS.passages().size(), embedded.get());
    }

    @Test
    void should_keep_serving_the_old_index_when_a_build_died_half_way() throws IOException {
        new IndexStore(data).open(CORPUS, encoder, "aaaa").close();
        Path torn = Files.createDirectories(data.resolve("building-123"));
        Files.writeString(torn.resolve("_0.cfs"), "half a segment");

        try (PassageIndex index = new IndexStore(data).open(CORPUS, encoder, "aaaa")) {
            assertEquals(CORPUS.passages().size(), index.size());
        }
        assertEquals(CORPUS.passages().size(), embedded.get(), "the finished index is reused");
        assertFalse(Files.exists(torn), "the scratch folder of the dead build is cleaned up");
        assertTrue(Files.exists(data.resolve("index-aaaa")));
    }

    /** A stand-in model: 8-dimensional unit vectors; records the size of every call and can fail on one. */
    private static final class RecordingModel implements EmbeddingModel {
        final List<Integer> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int failOnCall = -1;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.add(segments.size());
            if (calls.size() == failOnCall) {
                throw new IllegalStateException("the model failed half way");
            }
            List<Embedding> out = new java.util.ArrayList<>();
            for (TextSegment t : segments) {
                float[] v = new float[8];
                v[Math.floorMod(t.text().hashCode(), 8)] = 1f;
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }
    }

    /** A corpus of the fixture plus one report of {@code paragraphs} extra one-line paragraphs. */
    private Corpus withBigReport(int paragraphs) throws IOException {
        Path corpusDir = Files.createDirectories(data.resolve("big-corpus"));
        for (String f : List.of("qinghe-2023.txt", "compilation-2023.txt")) {
            Files.copy(Path.of("src/test/resources/fixture-corpus", f), corpusDir.resolve(f),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder text = new StringBuilder(Files.readString(Path.of("src/test/resources/uploads/songxi-2023.txt"),
                StandardCharsets.UTF_8));
        for (int i = 0; i < paragraphs; i++) {
            text.append("\n  第").append(i + 1).append("项：推进重点项目建设，完成投资").append(i).append("亿元。\n");
        }
        Files.writeString(corpusDir.resolve("songxi-2023.txt"), text);
        return new CorpusLoader(new Chunker(300)).load(corpusDir);
    }

    @Test
    void should_embed_in_bounded_chunks_on_every_incremental_path() throws IOException {
        RecordingModel model = new RecordingModel();
        Encoder fake = new Encoder(model, "", 0);
        new IndexStore(data).open(CORPUS, fake, "aaaa").close();
        Corpus big = withBigReport(1000);
        int added = big.passages().size() - CORPUS.passages().size();
        assertTrue(added > 1000, added + " passages added");

        // Start-up sync: a big report found in the corpus since the last start.
        model.calls.clear();
        IndexStore store = new IndexStore(data);
        try (PassageIndex grown = store.open(big, fake, "aaaa")) {
            assertEquals(big.passages().size(), grown.size());
            assertEquals(added, model.calls.stream().mapToInt(Integer::intValue).sum());
            assertTrue(model.calls.stream().allMatch(n -> n <= 64), "sync asked the model for " + model.calls);

            // Upload: the library's writer with a big report's passages.
            List<io.reportqa.model.Passage> songxi = big.passages().stream()
                    .filter(p -> p.reportId().equals("songxi-2023")).toList();
            IndexUpdater updater = new IndexUpdater(grown, fake, c -> SentenceTexts.NONE);
            updater.update(List.of("songxi-2023"), List.of());
            model.calls.clear();
            updater.update(List.of(), songxi);
            assertEquals(big.passages().size(), grown.size());
            assertTrue(model.calls.size() > 1 && model.calls.stream().allMatch(n -> n <= 64),
                    "an upload asked the model for " + model.calls);

            // The model failing half way through an upload commits nothing of it.
            updater.update(List.of("songxi-2023"), List.of());
            int before = grown.size();
            model.calls.clear();
            model.failOnCall = 3;
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> updater.update(List.of(), songxi));
            assertEquals(before, grown.size(), "a half-embedded upload reached the index");
        }
    }
}
