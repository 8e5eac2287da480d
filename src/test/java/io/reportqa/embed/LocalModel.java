package io.reportqa.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Optional;
import java.util.concurrent.Executors;

/** The real bundled model, loaded once per test JVM for the plain (non-Quarkus) tests. */
public final class LocalModel {

    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    private static EmbeddingModel model;

    private LocalModel() {
    }

    public static synchronized EmbeddingModel get() {
        if (model == null) {
            model = OnnxModelLoader.load(Optional.empty(), Optional.empty(), PoolingMode.CLS,
                    Executors.newFixedThreadPool(2, r -> {
                        Thread t = new Thread(r, "test-embed");
                        t.setDaemon(true);
                        return t;
                    }));
        }
        return model;
    }
}
