package io.reportqa.app;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.reportqa.answer.AnswerWriter;
import io.reportqa.answer.ExtractiveComposer;
import io.reportqa.answer.QaService;
import io.reportqa.answer.TermStats;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.Encoder;
import io.reportqa.generate.ChatBackend;
import io.reportqa.generate.LlmComposer;
import io.reportqa.generate.OpenAiChatBackend;
import io.reportqa.embed.OnnxModelLoader;
import io.reportqa.index.IndexStore;
import io.reportqa.index.PassageIndex;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.retrieve.Bm25Retriever;
import io.reportqa.retrieve.HybridRetriever;
import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.Retriever;
import io.reportqa.retrieve.RrfFusion;
import io.reportqa.retrieve.VectorRetriever;
import io.reportqa.solr.SolrBackend;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Wires the plain-Java pipeline into CDI; the only place that knows both. */
@Singleton
public class ServiceBeans {

    private static final Logger LOG = Logger.getLogger(ServiceBeans.class);

    @Produces
    @Singleton
    Corpus corpus(ReportQaConfig config) {
        long t0 = System.nanoTime();
        Corpus corpus = new CorpusLoader(new Chunker(config.retrieval().passageChars())).load(config.corpusDir());
        LOG.infof("parsed %d reports, %d paragraphs, %d passages from %s in %d ms; dropped web furniture: %s",
                corpus.reports().size(), corpus.paragraphCount(), corpus.passages().size(), config.corpusDir(),
                (System.nanoTime() - t0) / 1_000_000, corpus.furniture().counts());
        return corpus;
    }

    @Produces
    @Singleton
    Encoder encoder(ReportQaConfig config) {
        ReportQaConfig.Model m = config.model();
        if (m.path().isPresent() != m.tokenizerPath().isPresent()) {
            throw new IllegalStateException("reportqa.model.path and reportqa.model.tokenizer-path go together");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, m.threads()), r -> {
            Thread t = new Thread(r, "embed");
            t.setDaemon(true);
            return t;
        });
        PoolingMode pooling = PoolingMode.valueOf(m.pooling().toUpperCase(Locale.ROOT));
        EmbeddingModel model = OnnxModelLoader.load(m.path(), m.tokenizerPath(), pooling, pool);
        Encoder encoder = new Encoder(model, m.queryInstruction());
        encoder.query("预热");
        return encoder;
    }

    @Produces
    @Singleton
    PassageIndex index(ReportQaConfig config, Corpus corpus, Encoder encoder) {
        String fingerprint = Fingerprint.of(corpus, config);
        return new IndexStore(config.dataDir()).open(corpus, encoder, fingerprint);
    }

    void close(@Disposes PassageIndex index) throws IOException {
        index.close();
    }

    @Produces
    @Singleton
    PlaceDirectory places(Corpus corpus) {
        StringBuilder all = new StringBuilder();
        corpus.reports().forEach(r -> r.paragraphs().forEach(p -> all.append(p.text()).append('\n')));
        return new PlaceDirectory(corpus.reports(), all.toString());
    }

    @Produces
    @Singleton
    QaService qa(ReportQaConfig config, Corpus corpus, Encoder encoder, Instance<PassageIndex> index,
            Instance<SolrBackend> solr, PlaceDirectory places, MeterRegistry registry) {
        // Only the configured backend is created: the other is never touched.
        boolean onSolr = config.backend() == ReportQaConfig.Backend.SOLR;
        Retriever lexical = onSolr ? solr.get().lexical() : new Bm25Retriever(index.get());
        Retriever dense = onSolr ? solr.get().dense() : new VectorRetriever(index.get(), encoder);
        HybridRetriever retriever = new HybridRetriever(lexical, dense,
                new RrfFusion(config.retrieval().rrfK()), corpus.passagesById(), config.retrieval().candidates());
        ExtractiveComposer composer = new ExtractiveComposer(corpus.paragraphsById(), corpus.reportsById(),
                encoder::similarity, config.answer().minSimilarity());
        return new QaService(places, new TermStats(corpus.reports()), retriever, composer, corpus.reportsById(),
                llm(config.llm(), corpus), new MeteredStages(registry));
    }

    private static Optional<AnswerWriter> llm(ReportQaConfig.Llm llm, Corpus corpus) {
        if (!llm.enabled()) {
            return Optional.empty();
        }
        String baseUrl = llm.baseUrl().orElseThrow(() ->
                new IllegalStateException("reportqa.llm.enabled=true needs reportqa.llm.base-url"));
        String model = llm.model().orElseThrow(() ->
                new IllegalStateException("reportqa.llm.enabled=true needs reportqa.llm.model"));
        LOG.infof("answers are written by %s at %s (timeout %s), verified against their citations", model, baseUrl,
                llm.timeout());
        ChatBackend backend = new OpenAiChatBackend(baseUrl, llm.apiKey().orElse("none"), model, llm.timeout(),
                llm.maxTokens());
        return Optional.of(new LlmComposer(backend, corpus.paragraphsById(), corpus.reportsById(), llm.maxSources(),
                llm.timeout()));
    }
}
