package io.reportqa.app;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.reportqa.answer.AnswerWriter;
import io.reportqa.answer.ExtractiveComposer;
import io.reportqa.answer.QaService;
import io.reportqa.answer.Similarity;
import io.reportqa.answer.StoredVectorSimilarity;
import io.reportqa.answer.TermStats;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.Encoder;
import io.reportqa.embed.ModelFiles;
import io.reportqa.generate.ChatBackend;
import io.reportqa.generate.LlmComposer;
import io.reportqa.generate.OpenAiChatBackend;
import io.reportqa.embed.OnnxModelLoader;
import io.reportqa.index.IndexStore;
import io.reportqa.index.IndexUpdater;
import io.reportqa.index.PassageIndex;
import io.reportqa.index.VectorBackfill;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.library.Library;
import io.reportqa.library.ReportSources;
import io.reportqa.library.SourceStore;
import io.reportqa.library.UploadRecovery;
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

    /**
     * On the embedded index, uploads and removals are files in the data folder; on SolrCloud, documents in the
     * shared collection, so that every instance serves the same reports.
     */
    @Produces
    @Singleton
    SourceStore sources(ReportQaConfig config, Instance<SolrBackend> solr) {
        if (config.backend() == ReportQaConfig.Backend.SOLR) {
            return solr.get().sources(config.corpusDir());
        }
        return new ReportSources(config.corpusDir(), config.dataDir());
    }

    /** The corpus as the service starts: bundled reports plus uploads, less removed ones. */
    private static Corpus load(ReportQaConfig config, SourceStore sources) {
        long t0 = System.nanoTime();
        Corpus corpus = loader(config).load(sources.files(), sources.removed());
        LOG.infof("parsed %d reports, %d paragraphs, %d passages from %s in %d ms; dropped web furniture: %s",
                corpus.reports().size(), corpus.paragraphCount(), corpus.passages().size(), config.corpusDir(),
                (System.nanoTime() - t0) / 1_000_000, corpus.furniture().counts());
        return corpus;
    }

    private static CorpusLoader loader(ReportQaConfig config) {
        return new CorpusLoader(new Chunker(config.retrieval().passageChars()));
    }

    /**
     * The model files, checked before anything loads them: the int8 model in {@code models/} (its SHA-256 against
     * the digest beside it) or, with {@code reportqa.model.bundled=true}, the FP32 one from LangChain4j's jar.
     */
    @Produces
    @Singleton
    ModelFiles modelFiles(ReportQaConfig config) {
        ReportQaConfig.Model m = config.model();
        ModelFiles files = m.bundled() ? ModelFiles.bundled(config.dataDir().resolve("model"))
                : ModelFiles.checked(m.path(), m.tokenizerPath(), m.sha256());
        LOG.infof("embedding model %s", files.describe());
        return files;
    }

    @Produces
    @Singleton
    EmbeddingModel embeddingModel(ReportQaConfig config, ModelFiles files) {
        ReportQaConfig.Model m = config.model();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, m.threads()), r -> {
            Thread t = new Thread(r, "embed");
            t.setDaemon(true);
            return t;
        });
        PoolingMode pooling = PoolingMode.valueOf(m.pooling().toUpperCase(Locale.ROOT));
        return OnnxModelLoader.load(files, pooling, pool, m.batchSize());
    }

    @Produces
    @Singleton
    Encoder encoder(ReportQaConfig config, EmbeddingModel model) {
        ReportQaConfig.Model m = config.model();
        Encoder encoder = new Encoder(model, m.queryInstruction().orElse(""), m.cacheSize());
        encoder.query("预热");
        return encoder;
    }

    /** The corpus the service starts with, parsed once for the index (or collection) and the library. */
    @Produces
    @Singleton
    StartCorpus startCorpus(ReportQaConfig config, SourceStore sources) {
        UploadRecovery.recover(sources, loader(config), config.limits().maxUploadParagraphs());
        String version = sources.version();
        return new StartCorpus(load(config, sources), version);
    }

    @Produces
    @Singleton
    PassageIndex index(ReportQaConfig config, StartCorpus start, Encoder encoder, ModelFiles model) {
        return new IndexStore(config.dataDir(), config.indexWordsFirst()).open(start.corpus(), encoder,
                StoredVectorSimilarity.comparedTexts(start.corpus()), Fingerprint.of(config, model));
    }

    void close(@Disposes PassageIndex index) throws IOException {
        index.close();
    }

    /** Embeds, behind the service, what the index holds by its words alone (nothing unless words come first). */
    @Produces
    @Singleton
    VectorBackfill backfill(ReportQaConfig config, PassageIndex index, Encoder encoder, StartCorpus start) {
        VectorBackfill backfill = new VectorBackfill(index, encoder);
        if (config.indexWordsFirst()) {
            backfill.follow(start.corpus(), StoredVectorSimilarity.comparedTexts(start.corpus()));
        }
        return backfill;
    }

    void close(@Disposes VectorBackfill backfill) {
        backfill.close();
    }

    /** Only the configured backend is created: the other is never touched. */
    @Produces
    @Singleton
    SearchBackend backend(ReportQaConfig config, Encoder encoder, Instance<PassageIndex> index,
            Instance<VectorBackfill> backfill, Instance<SolrBackend> solr, StartCorpus start) {
        if (config.backend() == ReportQaConfig.Backend.SOLR) {
            SolrBackend s = solr.get();
            s.fillIfEmpty(start.corpus(), encoder);
            return new SearchBackend(s.lexical(), s.dense(), s.writer());
        }
        PassageIndex i = index.get();
        return new SearchBackend(new Bm25Retriever(i), new VectorRetriever(i, encoder),
                new IndexUpdater(i, encoder, StoredVectorSimilarity::comparedTexts,
                        config.indexWordsFirst() ? backfill.get() : null));
    }

    /**
     * How the composer compares a question with sentences: on the embedded index, with the sentence vectors it
     * stores and the question vector the retriever computed; on SolrCloud, whose collection holds passages only,
     * by embedding the sentences at question time (remembered in the encoder's cache).
     */
    @Produces
    @Singleton
    Similarity similarity(ReportQaConfig config, Encoder encoder, Instance<PassageIndex> index) {
        if (config.backend() == ReportQaConfig.Backend.SOLR) {
            return encoder::similarity;
        }
        PassageIndex i = index.get();
        return new StoredVectorSimilarity(i::sentenceVector, encoder);
    }

    @Produces
    @Singleton
    Library library(ReportQaConfig config, SourceStore sources, Encoder encoder, SearchBackend backend,
            StartCorpus start, MeterRegistry registry, Similarity similarity) {
        return new Library(sources, loader(config), backend.writer(),
                c -> qa(config, c, similarity, backend, registry), start.corpus(), start.sourcesVersion(),
                config.limits().maxUploadParagraphs(), config.limits().maxWriteWait());
    }

    /** The question answering over one corpus; rebuilt (cheaply: no model or index work) when reports change. */
    private QaService qa(ReportQaConfig config, Corpus corpus, Similarity similarity, SearchBackend backend,
            MeterRegistry registry) {
        PlaceDirectory places = PlaceDirectory.of(corpus.reports());
        HybridRetriever retriever = new HybridRetriever(backend.lexical(), backend.dense(),
                new RrfFusion(config.retrieval().rrfK()), corpus.passagesById(), config.retrieval().candidates());
        ExtractiveComposer composer = new ExtractiveComposer(corpus.paragraphsById(), corpus.reportsById(),
                similarity, config.answer().minSimilarity());
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
