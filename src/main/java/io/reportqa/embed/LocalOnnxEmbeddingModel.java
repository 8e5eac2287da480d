package io.reportqa.embed;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.util.concurrent.Executor;

/** LangChain4j's in-process embedding model over an ONNX session we configured ourselves. */
final class LocalOnnxEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    LocalOnnxEmbeddingModel(OnnxBertBiEncoder encoder, Executor executor) {
        super(executor);
        this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
