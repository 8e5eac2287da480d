package io.reportqa.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real models, each loaded once per test JVM for the plain (non-Quarkus) tests: the int8 model the service
 * runs (from {@code models/}, digest checked) and, for comparisons, the FP32 original bundled in LangChain4j's jar.
 */
public final class LocalModel {

    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    public static final Path MODEL = Path.of("models/bge-small-zh-v1.5-int8-matmul.onnx");
    public static final Path TOKENIZER = Path.of("models/tokenizer.json");
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-embed");
        t.setDaemon(true);
        return t;
    });
    private static EmbeddingModel model;
    private static EmbeddingModel fp32;

    private LocalModel() {
    }

    /** The service's default model: the int8 bge-small-zh-v1.5 in {@code models/}. */
    public static synchronized EmbeddingModel get() {
        if (model == null) {
            model = OnnxModelLoader.load(ModelFiles.checked(MODEL, TOKENIZER, Optional.empty()), PoolingMode.CLS, POOL);
        }
        return model;
    }

    /** The FP32 bge-small-zh-v1.5 from LangChain4j's jar ({@code reportqa.model.bundled=true}). */
    public static synchronized EmbeddingModel fp32() {
        if (fp32 == null) {
            fp32 = OnnxModelLoader.load(ModelFiles.bundled(Path.of("target/test-model")), PoolingMode.CLS, POOL);
        }
        return fp32;
    }
}
