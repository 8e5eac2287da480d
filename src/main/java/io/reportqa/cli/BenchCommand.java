package io.reportqa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.reportqa.answer.ExtractiveComposer;
import io.reportqa.answer.QaService;
import io.reportqa.answer.TermStats;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.EmbeddingThroughput;
import io.reportqa.embed.Encoder;
import io.reportqa.eval.EvalItem;
import io.reportqa.eval.EvalReader;
import io.reportqa.eval.Evaluator;
import io.reportqa.eval.NaiveChunkBaseline;
import io.reportqa.eval.RetrievalAblation;
import io.reportqa.index.IndexStore;
import io.reportqa.index.PassageIndex;
import io.reportqa.index.VectorBackfill;
import io.reportqa.index.ScoredId;
import io.reportqa.ingest.Corpus;
import io.reportqa.library.Library;
import io.reportqa.model.Passage;
import io.reportqa.retrieve.Bm25Retriever;
import io.reportqa.retrieve.HybridRetriever;
import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.RrfFusion;
import io.reportqa.retrieve.SearchQuery;
import io.reportqa.retrieve.VectorRetriever;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench QUESTIONS.jsonl [--no-throughput]}: what the benchmark measures in process, in one run, as JSON on
 * stdout: the dev-set score line; retrieval ablations (BM25 only, vectors only, hybrid, hybrid with place/year
 * scoping, as served) beside LangChain4j's in-memory store over naive chunks with the same model, every question
 * embedded afresh (no cache); and embedding throughput one text at a time against padded batches.
 */
@Dependent
public class BenchCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int DEPTH = 10;
    /** Every tenth passage: enough texts for a stable rate, few enough to take seconds. */
    private static final int THROUGHPUT_STRIDE = 10;

    @Inject
    Library library;
    /** The library as it was when the run began. */
    private Corpus corpus;
    private QaService qa;
    private PlaceDirectory places;
    @Inject
    PassageIndex index;
    @Inject
    Encoder encoder;
    @Inject
    EmbeddingModel model;
    @Inject
    ReportQaConfig config;
    @Inject
    VectorBackfill backfill;

    /** Scores and timings are of the finished index, whatever a cold start left to embed behind. */
    private void awaitVectors() throws IOException {
        try {
            if (!backfill.awaitDone(Duration.ofHours(2))) {
                throw new IOException("the index's vectors were not filled in within two hours");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index's vectors were filled in", e);
        }
    }

    int run(List<String> args, PrintStream out) throws IOException {
        if (args.isEmpty()) {
            System.err.println("usage: bench QUESTIONS.jsonl [--no-throughput]");
            return 2;
        }
        List<EvalItem> items = new EvalReader().read(Files.readString(Path.of(args.get(0)), StandardCharsets.UTF_8));
        Library.Snapshot now = library.current();
        awaitVectors();
        corpus = now.corpus();
        qa = now.qa();
        places = PlaceDirectory.of(corpus.reports());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dev", new Evaluator(qa, config.answer().defaultTopK()).run(items).summary());
        result.put("retrieval", ablation(items));
        if (!args.contains("--no-throughput")) {
            result.put("embedding_throughput", EmbeddingThroughput.measure(model, sample(), 1, 8));
        }
        result.put("cache", encoder.cacheStats());
        out.println(JSON.writeValueAsString(result));
        return 0;
    }

    private Map<String, Object> ablation(List<EvalItem> items) {
        // Uncached, so that every pipeline pays for embedding its question as a first-time question would.
        Encoder fresh = encoder.uncached();
        Bm25Retriever bm25 = new Bm25Retriever(index);
        VectorRetriever knn = new VectorRetriever(index, fresh);
        HybridRetriever hybrid = new HybridRetriever(bm25, knn, new RrfFusion(config.retrieval().rrfK()),
                corpus.passagesById(), config.retrieval().candidates());
        long t0 = System.nanoTime();
        NaiveChunkBaseline baseline = new NaiveChunkBaseline(corpus.sources(), model);
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;

        Map<String, RetrievalAblation.Pipeline> pipelines = new LinkedHashMap<>();
        pipelines.put("bm25", q -> texts(bm25.retrieve(all(q))));
        pipelines.put("vector", q -> texts(knn.retrieve(all(q))));
        pipelines.put("hybrid", q -> hybrid.retrieve(all(q)).stream().map(h -> h.passage().text()).toList());
        QaService served = new QaService(places, new TermStats(corpus.reports()), hybrid,
                new ExtractiveComposer(corpus.paragraphsById(), corpus.reportsById(), fresh::similarity,
                        config.answer().minSimilarity()), corpus.reportsById());
        pipelines.put("hybrid+place/year", q -> served.search(q, Set.of(), DEPTH).stream()
                .map(h -> h.passage().text()).toList());
        pipelines.put("langchain4j-in-memory", q -> baseline.search(q, DEPTH));
        RetrievalAblation ablation = new RetrievalAblation(items);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", ablation.questions());
        out.put("pipelines", ablation.run(pipelines));
        out.put("baseline", Map.of("chunks", baseline.chunks(), "chunk_chars", NaiveChunkBaseline.CHUNK_CHARS,
                "overlap_chars", NaiveChunkBaseline.OVERLAP_CHARS, "build_s", Math.round(baselineSeconds * 10) / 10.0));
        return out;
    }

    private static SearchQuery all(String question) {
        return new SearchQuery(question, "", Set.of(), DEPTH);
    }

    private List<String> texts(List<ScoredId> hits) {
        Map<String, Passage> passages = corpus.passagesById();
        return hits.stream().map(s -> passages.get(s.id()).text()).toList();
    }

    private List<String> sample() {
        List<String> inputs = IndexStore.embeddingInputs(corpus.passages());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += THROUGHPUT_STRIDE) {
            out.add(inputs.get(i));
        }
        return out;
    }
}
