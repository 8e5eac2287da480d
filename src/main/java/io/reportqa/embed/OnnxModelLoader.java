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
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Loads the embedding model from its files (see {@link ModelFiles}: the int8 bge-small-zh-v1.5 in {@code models/}
 * by default, or the FP32 one bundled in LangChain4j's jar). ONNX Runtime reads the model file itself, so the model
 * never passes through the heap. The session gets one intra-op thread and the executor runs one batch per core: on
 * two cores that beats ONNX Runtime's own threading, which oversubscribes when requests embed in parallel.
 */
public final class OnnxModelLoader {

    /** The FP32 model inside LangChain4j's jar ({@code reportqa.model.bundled=true}). */
    public static final String BUNDLED_MODEL = "/bge-small-zh-v1.5.onnx";
    public static final String BUNDLED_TOKENIZER = "/bge-small-zh-v1.5-tokenizer.json";
    /** Texts per model run: one, since padded batches cost more CPU per text on our machines (see the bench). */
    public static final int DEFAULT_BATCH = 1;
    /** The model's limit, [CLS] and [SEP] included; longer texts are cut, as the model would see nothing past it. */
    private static final String MAX_TOKENS = "512";

    private OnnxModelLoader() {
    }

    public static EmbeddingModel load(ModelFiles files, PoolingMode pooling, Executor executor) {
        return load(files, pooling, executor, DEFAULT_BATCH);
    }

    public static EmbeddingModel load(ModelFiles files, PoolingMode pooling, Executor executor, int batchSize) {
        // DJL's tokenizer reports usage over the network unless told not to; nothing may leave this machine.
        System.setProperty("OPT_OUT_TRACKING", "true");
        try (InputStream tokenizerJson = Files.newInputStream(files.tokenizer())) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(files.model().toString(), options);
            HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", MAX_TOKENS));
            return new BatchedOnnxEmbeddingModel(env, session, tok, pooling, executor, batchSize);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model (" + files.describe() + "): "
                    + e.getMessage(), e);
        }
    }
}
