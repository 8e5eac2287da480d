package io.reportqa.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Every setting of ReportQA, under {@code reportqa.*}. */
@ConfigMapping(prefix = "reportqa")
public interface ReportQaConfig {

    /** Folder of the source reports ({@code .txt}, UTF-8); indexed at start-up. */
    @WithDefault("corpus")
    Path corpusDir();

    /** Folder for the index; created if missing, reused across restarts while the corpus is unchanged. */
    @WithDefault("data")
    Path dataDir();

    /**
     * API keys; when set, writes ({@code POST}/{@code DELETE /api/reports}, {@code POST /api/eval}) require
     * {@code Authorization: Bearer <key>}. Unset by default: every endpoint is open.
     */
    Optional<java.util.List<String>> apiKeys();

    /**
     * Whether the service refuses to start without {@link #apiKeys()}, so writes can never be open by mistake;
     * {@code true} in the {@code production} profile.
     */
    @WithDefault("false")
    boolean apiKeysRequired();

    /** With keys set, whether reads ({@code /api/ask}, {@code /api/search}, {@code /v1/…}) need a key too. */
    @WithDefault("false")
    boolean apiKeysForReads();

    /**
     * Build or open the index on a background thread after start-up, so that liveness answers at once and readiness
     * ({@code /q/health/ready}) turns UP when the index is usable; {@code false} opens it before serving.
     */
    @WithDefault("true")
    boolean indexInBackground();

    /**
     * Index new passages (at a cold start, on upload) by their words first, so that they are searchable within
     * seconds, and embed their passage and sentence vectors behind the service, each chunk committed as it is
     * done ({@code /q/health/ready} says how many wait). Until then retrieval finds them by their words and the
     * answer step embeds their sentences when it compares them. {@code false} embeds before a change is served.
     */
    @WithDefault("true")
    boolean indexWordsFirst();

    /**
     * Where passages are indexed and searched: {@code lucene}, an embedded index under {@link #dataDir()}, or
     * {@code solr}, a SolrCloud collection shared by any number of service instances (see {@link #solr()}).
     */
    @WithDefault("lucene")
    Backend backend();

    Solr solr();

    Model model();

    Retrieval retrieval();

    Answer answer();

    Limits limits();

    Llm llm();

    enum Backend {
        LUCENE,
        SOLR
    }

    /**
     * The SolrCloud cluster of {@code reportqa.backend=solr}. The collection is created from the configset in the
     * jar when missing and filled from the corpus when empty; an existing one is used as it is.
     */
    interface Solr {

        /** ZooKeeper ensemble as Solr writes it, e.g. {@code zk1:2181,zk2:2181,zk3:2181/solr}. */
        Optional<String> zkHost();

        /** Base URLs of some Solr nodes, e.g. {@code http://solr1:8983/solr}; used when there is no zk-host. */
        Optional<java.util.List<String>> urls();

        /** The collection holding the passages (and the name of its configset). */
        @WithDefault("reportqa")
        String collection();

        /** Shards of a collection the service creates. */
        @WithDefault("2")
        int shards();

        /** Replicas of each shard of a collection the service creates. */
        @WithDefault("2")
        int replicas();

        /**
         * How often the service looks for reports uploaded or removed through other instances (a cheap query);
         * at most this long after such a change, this instance answers with it too.
         */
        @WithDefault("2s")
        java.time.Duration syncInterval();
    }

    /**
     * The embedding model: by default the int8 copy of bge-small-zh-v1.5 in {@code models/} (see
     * {@code models/README.md}); {@link #bundled()} switches to the FP32 original inside LangChain4j's jar.
     */
    interface Model {

        /**
         * The ONNX model file. A relative path resolves against the working directory, like
         * {@code reportqa.corpus-dir}: run the jar from the repository root (or the image's {@code /app}), or give
         * an absolute path.
         */
        @WithDefault("models/bge-small-zh-v1.5-int8-matmul.onnx")
        Path path();

        /** The model's Hugging Face {@code tokenizer.json}; relative paths resolve as {@link #path()} does. */
        @WithDefault("models/tokenizer.json")
        Path tokenizerPath();

        /**
         * The SHA-256 (hex) the model file must have, checked at start-up. Unset: the digest in
         * {@code <path>.sha256} beside the model ({@code sha256sum} format), which {@code models/} ships; a model
         * with neither is loaded unchecked, with a warning. A mismatch stops start-up, naming both digests.
         */
        Optional<String> sha256();

        /**
         * {@code true} runs the FP32 bge-small-zh-v1.5 bundled in LangChain4j's jar (95 MB, extracted once into
         * {@code <data-dir>/model/}) instead of {@link #path()} and {@link #tokenizerPath()}.
         */
        @WithDefault("false")
        boolean bundled();

        /** {@code CLS} or {@code MEAN}: how token vectors become one vector (bge models use CLS). */
        @WithDefault("CLS")
        String pooling();

        /**
         * Prefix put before every question, never before passages; none by default. bge-zh suggests
         * {@code 为这个句子生成表示以用于检索相关文章：} for short queries, but on the dev set questions match as well or
         * better without it (recall@5 0.958 either way, recall@1 0.688 against 0.604, MRR 0.805 against 0.748), and
         * without it the question's one embedding is also what the composer compares with stored sentence vectors
         * (its threshold is calibrated on question and sentence embedded alike); with it, each first-time question
         * whose words do not vouch for an answer costs a second embedding.
         */
        Optional<String> queryInstruction();

        /** Batches embedded at once (indexing, sentence comparison): one per core is fastest on small machines. */
        @WithDefault("2")
        int threads();

        /**
         * Texts per padded model run (sorted by length first, so a batch pads little). On our 2-core machines one
         * text per run costs the least CPU; {@code bench/run.sh} measures 1 against 8 in every run. With the int8
         * model, texts in one batch share its activation range, so each vector moves slightly with its neighbours
         * (cosine to the text embedded alone ≥ 0.99); 1 keeps every text's vector its own.
         */
        @WithDefault("1")
        int batchSize();

        /** Questions, and report sentences compared with questions, whose embeddings are remembered; 0 turns it off. */
        @WithDefault("4096")
        int cacheSize();
    }

    interface Retrieval {

        /** Passages are cut at sentence boundaries to at most this many characters. */
        @WithDefault("300")
        int passageChars();

        /** Candidates each retriever (BM25, vector) contributes before fusion. */
        @WithDefault("40")
        int candidates();

        /** The k of reciprocal rank fusion. */
        @WithDefault("60")
        int rrfK();

        /** Hits {@code /api/search} returns when the request does not say. */
        @WithDefault("10")
        int defaultK();
    }

    interface Answer {

        /** Passages an answer is composed from when the request does not say (more costs little: scoring is cheap). */
        @WithDefault("15")
        int defaultTopK();

        /**
         * Cosine similarity (question vs. best sentence, both embedded) a sentence holding under half the
         * question's words needs before it is given as the answer (place names are left out of the sentence). On
         * the dev set, paraphrased questions answered right score 0.60-0.73 and unanswerable near-misses 0.39-0.50.
         */
        @WithDefault("0.52")
        double minSimilarity();
    }

    /** Request limits; a request over any of them gets a 4xx problem response. */
    interface Limits {

        @WithDefault("500")
        int maxQuestionChars();

        @WithDefault("20")
        int maxHistoryTurns();

        @WithDefault("4000")
        int maxTurnChars();

        @WithDefault("50")
        int maxTopK();

        @WithDefault("20")
        int maxReportIds();

        /** Largest request body, except uploads. */
        @WithDefault("262144")
        long maxBodyBytes();

        /** Largest report upload ({@code POST /api/reports}). */
        @WithDefault("10485760")
        long maxUploadBytes();

        /**
         * Paragraphs one report upload may hold, in all the reports of the file. A file over it is refused with a
         * 413 problem before it is stored, cut into passages or embedded; every paragraph costs at least one
         * passage to embed (about 30 a second on 2 cores), so this bounds the work one upload can cause.
         */
        @WithDefault("20000")
        int maxUploadParagraphs();

        /**
         * Elements (HTML) or blocks and inlines (Markdown) an uploaded document may nest inside each other; real
         * reports nest a few levels. Deeper is refused with a 422 problem before the text is extracted.
         */
        @WithDefault("256")
        int maxNestingDepth();

        /** Pages an uploaded PDF may have; more is refused with a 413 problem before any page is read. */
        @WithDefault("2000")
        int maxPdfPages();

        /** Memory PDFBox may use for one uploaded PDF's streams; past it the PDF is refused (400). */
        @WithDefault("268435456")
        long maxPdfMemoryBytes();

        /**
         * Time turning one uploaded file into text may take (checked as the parser goes, so the work stops);
         * a file still being read then is refused with a 422 problem. A real 10 MB report reads in a few seconds.
         */
        @WithDefault("20s")
        Duration maxParseTime();

        /** The limits above, as the document reader takes them. */
        default io.reportqa.ingest.ParseLimits parseLimits() {
            return new io.reportqa.ingest.ParseLimits(maxNestingDepth(), maxPdfPages(), maxPdfMemoryBytes(),
                    maxParseTime());
        }

        /**
         * How long an upload waits for the report change in progress (another upload being embedded) before it is
         * refused with a 503 problem to retry later. An upload of a report already served or being added is
         * refused with its 409 at once, without waiting.
         */
        @WithDefault("60s")
        Duration maxWriteWait();

        /** Questions one {@code POST /api/eval} may hold. */
        @WithDefault("500")
        int maxEvalItems();
    }

    /**
     * An optional language model that writes the answer from the retrieved paragraphs (any server speaking
     * OpenAI's chat completions protocol). Off by default; its answers are verified and fall back to the
     * extractive answer when they do not hold.
     */
    interface Llm {

        @WithDefault("false")
        boolean enabled();

        /** The API root, e.g. {@code http://127.0.0.1:11434/v1} for Ollama. */
        Optional<String> baseUrl();

        /** The model name the server knows, e.g. {@code qwen2.5:7b-instruct}. */
        Optional<String> model();

        /** Sent as {@code Authorization: Bearer}; local servers usually need none. Never logged. */
        Optional<String> apiKey();

        /** Longest wait for the whole answer before the extractive answer is given instead. */
        @WithDefault("20s")
        Duration timeout();

        /** Paragraphs numbered in the prompt. */
        @WithDefault("6")
        int maxSources();

        @WithDefault("512")
        int maxTokens();
    }
}
