package io.reportqa.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Loads the embedding model from disk or, by default, the bge-small-zh-v1.5 files bundled in LangChain4j's jar.
 * The ONNX session gets one intra-op thread and the executor runs one batch per core: on two cores that beats
 * ONNX Runtime's own threading, which oversubscribes when requests embed in parallel.
 */
public final class OnnxModelLoader {

    public static final String BUNDLED_MODEL = "/bge-small-zh-v1.5.onnx";
    public static final String BUNDLED_TOKENIZER = "/bge-small-zh-v1.5-tokenizer.json";
    /** Texts per model run: one, since padded batches cost more CPU per text on our machines (see the bench). */
    public static final int DEFAULT_BATCH = 1;
    /** The model's limit, [CLS] and [SEP] included; longer texts are cut, as the model would see nothing past it. */
    private static final String MAX_TOKENS = "512";

    private OnnxModelLoader() {
    }

    public static EmbeddingModel load(Optional<Path> model, Optional<Path> tokenizer, PoolingMode pooling,
            Executor executor) {
        return load(model, tokenizer, pooling, executor, DEFAULT_BATCH);
    }

    public static EmbeddingModel load(Optional<Path> model, Optional<Path> tokenizer, PoolingMode pooling,
            Executor executor, int batchSize) {
        return load(model, tokenizer, pooling, executor, batchSize, Optional.empty());
    }

    /**
     * @param modelCache where the bundled model is extracted to once, so later starts read a plain file; empty
     *     reads it out of the jar every time
     */
    public static EmbeddingModel load(Optional<Path> model, Optional<Path> tokenizer, PoolingMode pooling,
            Executor executor, int batchSize, Optional<Path> modelCache) {
        // DJL's tokenizer reports usage over the network unless told not to; nothing may leave this machine.
        System.setProperty("OPT_OUT_TRACKING", "true");
        try (InputStream tokenizerJson = open(tokenizer, BUNDLED_TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = session(env, options, model, modelCache);
            HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", MAX_TOKENS));
            return new BatchedOnnxEmbeddingModel(env, session, tok, pooling, executor, batchSize);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model (" + describe(model, tokenizer) + "): "
                    + e.getMessage(), e);
        }
    }

    private static OrtSession session(OrtEnvironment env, OrtSession.SessionOptions options, Optional<Path> model,
            Optional<Path> modelCache) throws IOException, OrtException {
        Optional<Path> file = model.isPresent() ? model
                : modelCache.isPresent() ? BundledModelFile.in(modelCache.get(), BUNDLED_MODEL) : Optional.empty();
        if (file.isPresent()) {
            if (!Files.isRegularFile(file.get())) {
                throw new IOException(file.get() + " is not a file");
            }
            return env.createSession(file.get().toString(), options);
        }
        try (InputStream bytes = open(Optional.empty(), BUNDLED_MODEL)) {
            return env.createSession(bytes.readAllBytes(), options);
        }
    }

    public static String describe(Optional<Path> model, Optional<Path> tokenizer) {
        return model.map(Path::toString).orElse("bundled bge-small-zh-v1.5") + " + "
                + tokenizer.map(Path::toString).orElse("bundled tokenizer");
    }

    private static InputStream open(Optional<Path> path, String bundled) throws IOException {
        if (path.isPresent()) {
            return Files.newInputStream(path.get());
        }
        InputStream in = OnnxModelLoader.class.getResourceAsStream(bundled);
        if (in == null) {
            throw new IOException(bundled + " is not on the classpath");
        }
        return in;
    }
}
