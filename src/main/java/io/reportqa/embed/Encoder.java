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

    /**
     * Cosine of the question's embedding with each sentence's, all embedded as passages (a symmetric
     * comparison) in one parallel batch.
     */
    public double[] similarity(String question, List<String> sentences) {
        List<String> texts = new java.util.ArrayList<>(sentences.size() + 1);
        texts.add(question);
        texts.addAll(sentences);
        List<float[]> vectors = passages(texts);
        float[] q = vectors.get(0);
        double[] out = new double[sentences.size()];
        for (int s = 0; s < out.length; s++) {
            float[] v = vectors.get(s + 1);
            double dot = 0;
            for (int i = 0; i < q.length; i++) {
                dot += q[i] * v[i];
            }
            out[s] = dot;
        }
        return out;
    }

    public List<float[]> passages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public int dimension() {
        return model.dimension();
    }
}
