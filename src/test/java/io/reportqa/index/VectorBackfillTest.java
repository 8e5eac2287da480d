package io.reportqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.model.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words first, vectors behind: an index searchable by words before anything is embedded, filled in to the same
 * index a full build makes, resumed after a restart, and never given vectors of text replaced meanwhile.
 */
class VectorBackfillTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixture-corpus");
    private static final Corpus CORPUS = new CorpusLoader(new Chunker(300)).load(FIXTURES);
    private static final SentenceTexts SENTENCES = p -> List.of(p.text().split("。")[0]);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path data;

    private final CountingEncoder counting = new CountingEncoder();
    private final AtomicInteger embedded = counting.embedded;
    private final Encoder encoder = counting.encoder;

    @Test
    void should_search_by_words_before_any_vector_and_end_as_a_full_build_does() throws Exception {
        float[] question = encoder.query("城镇新增就业多少人");
        List<ScoredId> built;
        try (PassageIndex full = new IndexStore(data.resolve("full")).open(CORPUS, encoder, SENTENCES, "aaaa")) {
            built = full.nearest(question, List.of(), 5);
        }
        embedded.set(0);

        try (PassageIndex index = new IndexStore(data.resolve("wf"), true).open(CORPUS, encoder, SENTENCES, "aaaa");
                VectorBackfill backfill = new VectorBackfill(index, encoder)) {
            assertEquals(0, embedded.get(), "nothing embedded before the index opens");
            assertEquals(CORPUS.passages().size(), index.size());
            assertFalse(index.search(new TermQuery(new Term(Fields.WORDS, "就业")), List.of(), 5).isEmpty());
            assertTrue(index.nearest(question, List.of(), 5).isEmpty(), "no vectors yet");
            assertNull(index.sentenceVector(SENTENCES.of(CORPUS.passages().get(0)).get(0)));

            backfill.follow(CORPUS, SENTENCES);
            assertTrue(backfill.awaitDone(LIMIT));
            assertEquals(new VectorBackfill.Progress(0, CORPUS.passages().size()), backfill.progress());
            assertEquals(built, index.nearest(question, List.of(), 5), "the same neighbours, scores and order");
            assertNotNull(index.sentenceVector(SENTENCES.of(CORPUS.passages().get(0)).get(0)));
            PassageEmbedder keys = new PassageEmbedder(encoder, SENTENCES);
            Map<String, String> indexed = index.contentKeys();
            CORPUS.passages().forEach(p -> assertEquals(keys.key(p), indexed.get(p.id())));
        }
    }

    @Test
    void should_embed_what_a_stop_left_waiting_at_the_next_open() throws IOException {
        try (PassageIndex index = new IndexStore(data, true).open(CORPUS, encoder, SENTENCES, "aaaa")) {
            assertEquals(CORPUS.passages().size(), index.size());
        }
        // Opened words first again, the waiting passages stay as they are (the backfill's to embed)...
        try (PassageIndex index = new IndexStore(data, true).open(CORPUS, encoder, SENTENCES, "aaaa")) {
            assertTrue(index.nearest(encoder.query("就业"), List.of(), 5).isEmpty());
        }
        assertEquals(1, embedded.get(), "only the question");
        // ...opened to embed at once, they are embedded before it opens.
        IndexStore store = new IndexStore(data);
        try (PassageIndex index = store.open(CORPUS, encoder, SENTENCES, "aaaa")) {
            assertEquals(new IndexStore.Sync(CORPUS.passages().size(), CORPUS.passages().size()), store.lastSync());
            assertEquals(5, index.nearest(encoder.query("就业"), List.of(), 5).size());
        }
    }

    @Test
    void should_drop_vectors_of_a_passage_replaced_while_they_were_computed() throws IOException {
        try (PassageIndex index = new IndexStore(data, true).open(CORPUS, encoder, SENTENCES, "aaaa")) {
            PassageEmbedder embedder = new PassageEmbedder(encoder, SENTENCES);
            List<Passage> chunk = CORPUS.passages().subList(0, 2);
            List<PassageEmbedder.Embedded> vectors = embedder.embed(chunk);
            Passage replaced = chunk.get(0);
            Map<String, String> waiting = Map.of(replaced.id(), embedder.pendingKey(replaced),
                    chunk.get(1).id(), embedder.pendingKey(chunk.get(1)));
            // The first passage's report is uploaded again with other text before the vectors are written.
            Passage changed = new Passage(replaced.id(), replaced.reportId(), replaced.paragraphId(),
                    replaced.paragraphNumber(), replaced.text() + "另有新增内容。", replaced.start(), replaced.end(),
                    replaced.header());
            index.apply(List.of(), List.of(replaced.id()), List.of(changed), embedder, true);

            assertEquals(1, index.fill(vectors, waiting));
            Map<String, String> keys = index.contentKeys();
            assertEquals(embedder.pendingKey(changed), keys.get(replaced.id()), "still waiting, for its new text");
            assertEquals(embedder.key(chunk.get(1)), keys.get(chunk.get(1).id()));
        }
    }

    @Test
    void should_follow_an_upload_made_while_an_earlier_one_is_filled_in() throws Exception {
        Path corpusDir = Files.createDirectory(data.resolve("corpus"));
        Files.copy(FIXTURES.resolve("qinghe-2023.txt"), corpusDir.resolve("qinghe-2023.txt"));
        Corpus one = new CorpusLoader(new Chunker(300)).load(corpusDir);
        Files.copy(Path.of("src/test/resources/uploads/songxi-2023.txt"), corpusDir.resolve("songxi-2023.txt"));
        Corpus two = new CorpusLoader(new Chunker(300)).load(corpusDir);
        try (PassageIndex index = new IndexStore(data.resolve("data"), true).open(one, encoder, SENTENCES, "aaaa");
                VectorBackfill backfill = new VectorBackfill(index, encoder)) {
            IndexUpdater updater = new IndexUpdater(index, encoder, c -> SENTENCES, backfill);
            backfill.follow(one, SENTENCES);
            updater.update(two, List.of(), List.of());
            assertFalse(index.search(new TermQuery(new Term(Fields.WORDS, "茶叶")), List.of("songxi-2023"), 5)
                    .isEmpty(), "searchable by its words as soon as the update returns");
            assertTrue(backfill.awaitDone(LIMIT));
            PassageEmbedder keys = new PassageEmbedder(encoder, SENTENCES);
            Map<String, String> indexed = index.contentKeys();
            assertEquals(two.passages().size(), indexed.size());
            two.passages().forEach(p -> assertEquals(keys.key(p), indexed.get(p.id())));
        }
    }
}
