package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.reportqa.embed.Encoder;
import io.reportqa.embed.LocalModel;
import io.reportqa.index.IndexStore;
import io.reportqa.index.PassageIndex;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.retrieve.Bm25Retriever;
import io.reportqa.retrieve.HybridRetriever;
import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.RrfFusion;
import io.reportqa.retrieve.VectorRetriever;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question never asked before costs one embedding, its own, even when the composer has to compare it by meaning
 * with a dozen sentences: theirs were stored when the reports were indexed. Counted on the real model, with no
 * query instruction, as the service runs by default.
 */
class OneEmbeddingPerAskTest {

    /** Few of its words are in any sentence, so the composer compares sentences with it by meaning. */
    /** Asks for no amount or year, so no sentence is held to a figure and the composer compares them by meaning. */
    private static final String FAR_FETCHED = "青禾市的火星探测基地建设得怎么样?";

    @TempDir
    static Path data;
    private static final AtomicInteger EMBEDDED = new AtomicInteger();
    private static Corpus corpus;
    private static Encoder encoder;
    private static PassageIndex index;

    @BeforeAll
    static void build() {
        corpus = new CorpusLoader(new Chunker(300)).load(Path.of("src/test/resources/fixture-corpus"));
        encoder = new Encoder(new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                EMBEDDED.addAndGet(segments.size());
                return LocalModel.get().embedAll(segments);
            }
        }, "");
        index = new IndexStore(data).open(corpus, encoder, StoredVectorSimilarity.comparedTexts(corpus), "fixture");
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void should_embed_only_the_question_when_comparing_it_with_stored_sentences() {
        CountingSimilarity similarity = new CountingSimilarity(new StoredVectorSimilarity(index::sentenceVector, encoder));
        EMBEDDED.set(0);

        service(similarity).ask(FAR_FETCHED, List.of(), Set.of(), 10);

        assertTrue(similarity.sentences.get() >= 1, "compared with " + similarity.sentences.get() + " sentences");
        assertEquals(1, EMBEDDED.get(), "texts embedded for one first-time question");
    }

    @Test
    void should_embed_the_sentences_too_when_they_are_not_stored() {
        CountingSimilarity similarity = new CountingSimilarity(encoder.uncached()::similarity);
        EMBEDDED.set(0);

        service(similarity).ask("白河区的月球基地建设情况如何?", List.of(), Set.of(), 10);

        assertTrue(similarity.sentences.get() >= 1);
        assertTrue(EMBEDDED.get() >= 1 + similarity.sentences.get(), EMBEDDED.get() + " texts embedded");
    }

    @Test
    void should_give_the_same_similarities_as_embedding_the_sentences_afresh() {
        StoredVectorSimilarity stored = new StoredVectorSimilarity(index::sentenceVector, encoder);
        StoredVectorSimilarity fresh = new StoredVectorSimilarity(t -> null, encoder.uncached());
        List<String> sentences = List.of("新建茶叶加工厂12座,茶园面积扩大到21万亩。", "全年接待游客1460万人次,旅游收入增长18%。");

        sentences.forEach(s -> assertTrue(index.sentenceVector(s) != null, "not stored: " + s));
        // Another question than the other tests', which share the encoder and so its remembered question vectors.
        double[] a = stored.between("青禾市的茶叶产业发展得怎么样?", sentences);
        double[] b = fresh.between("青禾市的茶叶产业发展得怎么样?", sentences);

        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 2e-3);
        }
    }

    private static QaService service(Similarity similarity) {
        HybridRetriever retriever = new HybridRetriever(new Bm25Retriever(index), new VectorRetriever(index, encoder),
                new RrfFusion(60), corpus.passagesById(), 40);
        ExtractiveComposer composer = new ExtractiveComposer(corpus.paragraphsById(), corpus.reportsById(), similarity,
                0.52);
        return new QaService(PlaceDirectory.of(corpus.reports()), new TermStats(corpus.reports()), retriever, composer,
                corpus.reportsById());
    }

    /** Passes comparisons on, counting the sentences compared. */
    private static final class CountingSimilarity implements Similarity {

        final AtomicInteger sentences = new AtomicInteger();
        private final Similarity inner;

        CountingSimilarity(Similarity inner) {
            this.inner = inner;
        }

        @Override
        public double[] between(String question, List<String> texts) {
            sentences.addAndGet(texts.size());
            return inner.between(question, texts);
        }
    }
}
