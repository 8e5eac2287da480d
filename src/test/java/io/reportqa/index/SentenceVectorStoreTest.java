package io.reportqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.answer.StoredVectorSimilarity;
import io.reportqa.embed.Encoder;
import io.reportqa.embed.LocalModel;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.model.Passage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentence vectors stored with the index: equal to fresh embeddings of the texts the composer compares, kept
 * in step with the corpus through uploads and deletions, and built into any index whose fingerprint is new.
 */
class SentenceVectorStoreTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixture-corpus");
    /** A sentence of 青禾市's report naming 松溪县, a place no report is about until its report is uploaded. */
    private static final String NAMES_SONGXI = "与松溪县共建茶叶交易市场。";

    @TempDir
    Path data;

    private final Encoder encoder = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION, 0);

    @Test
    void should_store_for_every_body_sentence_a_vector_equal_to_a_fresh_embedding_of_its_compared_text()
            throws IOException {
        Corpus corpus = load(FIXTURES);
        Set<String> texts = comparedTexts(corpus);
        assertTrue(texts.size() > 40, texts.size() + " sentence texts");

        try (PassageIndex index = new IndexStore(data).open(corpus, encoder,
                StoredVectorSimilarity.comparedTexts(corpus), "fixture")) {
            List<String> all = List.copyOf(texts);
            List<float[]> fresh = encoder.passages(all);
            for (int i = 0; i < all.size(); i++) {
                float[] stored = index.sentenceVector(all.get(i));
                assertNotNull(stored, all.get(i));
                assertEquals(1.0, Encoder.dot(stored, fresh.get(i)), 1e-3, all.get(i));
            }
            assertNull(index.sentenceVector("报告里没有的一句话。"));
        }
    }

    @Test
    void should_keep_the_stored_sentences_in_step_with_uploads_and_deletions() throws IOException {
        Path dir = corpusDir();
        Corpus before = load(dir);
        IndexUpdater updater;
        try (PassageIndex index = new IndexStore(data).open(before, encoder,
                StoredVectorSimilarity.comparedTexts(before), "fixture")) {
            updater = new IndexUpdater(index, encoder, StoredVectorSimilarity::comparedTexts);
            assertNotNull(index.sentenceVector(NAMES_SONGXI), "松溪县 is no report's place yet: it stays in");

            Files.copy(Path.of("src/test/resources/uploads/songxi-2023.txt"), dir.resolve("songxi-2023.txt"));
            Corpus after = load(dir);
            List<Passage> songxi = after.passages().stream().filter(p -> p.reportId().equals("songxi-2023")).toList();
            updater.update(after, List.of(), songxi);

            assertAllStored(index, after);
            assertNull(index.sentenceVector(NAMES_SONGXI), "the place of a served report is left out of sentences");
            assertNotNull(index.sentenceVector("与 共建茶叶交易市场。"));

            Files.delete(dir.resolve("songxi-2023.txt"));
            updater.update(before, List.of("songxi-2023"), List.of());

            assertAllStored(index, before);
            assertNotNull(index.sentenceVector(NAMES_SONGXI));
            Set<String> gone = comparedTexts(after);
            gone.removeAll(comparedTexts(before));
            assertFalse(gone.isEmpty());
            gone.forEach(t -> assertNull(index.sentenceVector(t), "still stored after the deletion: " + t));
        }
    }

    @Test
    void should_build_sentence_vectors_into_an_index_whose_fingerprint_is_new() throws IOException {
        Corpus corpus = load(FIXTURES);
        String sentence = comparedTexts(corpus).iterator().next();
        try (PassageIndex old = new IndexStore(data).open(corpus, encoder, "older-format")) {
            assertNull(old.sentenceVector(sentence), "an index of the earlier layout has no sentence vectors");
        }
        try (PassageIndex rebuilt = new IndexStore(data).open(corpus, encoder,
                StoredVectorSimilarity.comparedTexts(corpus), "newer-format")) {
            assertNotNull(rebuilt.sentenceVector(sentence));
            assertAllStored(rebuilt, corpus);
        }
        assertEquals("index-newer-format", Files.readString(data.resolve("CURRENT"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(data.resolve("index-older-format")), "the old index is removed");
    }

    private static void assertAllStored(PassageIndex index, Corpus corpus) {
        for (String text : comparedTexts(corpus)) {
            assertNotNull(index.sentenceVector(text), "not stored: " + text);
        }
    }

    private static Set<String> comparedTexts(Corpus corpus) {
        SentenceTexts texts = StoredVectorSimilarity.comparedTexts(corpus);
        Set<String> out = new LinkedHashSet<>();
        corpus.passages().forEach(p -> out.addAll(texts.of(p)));
        return out;
    }

    /** The fixture reports, 青禾市's with one more sentence that names 松溪县. */
    private Path corpusDir() throws IOException {
        Path dir = Files.createDirectory(data.resolve("corpus"));
        Files.copy(FIXTURES.resolve("compilation-2023.txt"), dir.resolve("compilation-2023.txt"));
        String qinghe = Files.readString(FIXTURES.resolve("qinghe-2023.txt"), StandardCharsets.UTF_8);
        assertTrue(qinghe.contains("旅游收入增长18%。"));
        Files.writeString(dir.resolve("qinghe-2023.txt"), qinghe.replace("旅游收入增长18%。", "旅游收入增长18%。" + NAMES_SONGXI),
                StandardCharsets.UTF_8);
        return dir;
    }

    private static Corpus load(Path dir) {
        return new CorpusLoader(new Chunker(300)).load(dir);
    }
}
