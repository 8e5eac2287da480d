package io.reportqa.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;

/**
 * Turns text into unit vectors. Queries get the model's retrieval instruction, passages do not: bge models are
 * trained that way, and short questions match passages better with it.
 */
public final class Encoder {

    private final EmbeddingModel model;
    private final String queryInstruction;

    public Encoder(EmbeddingModel model, String queryInstruction) {
        this.model = Objects.requireNonNull(model, "model");
        this.queryInstruction = Objects.requireNonNull(queryInstruction, "queryInstruction");
    }

    public float[] query(String question) {
        return model.embed(queryInstruction + question).content().vector();
    }

    public List<float[]> passages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public int dimension() {
        return model.dimension();
    }
}
