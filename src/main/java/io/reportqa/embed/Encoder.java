package io.reportqa.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns text into unit vectors. Queries get the model's retrieval instruction, passages do not: bge models are
 * trained that way, and short questions match passages better with it. Questions and the sentences the composer
 * compares them with are remembered in bounded caches; indexing bypasses them, since each passage is embedded once.
 */
public final class Encoder {

    /** Entries per cache when the caller does not say: 2 × 4,096 vectors of 512 floats is 16 MB. */
    public static final int DEFAULT_CACHE = 4096;

    private final EmbeddingModel model;
    private final String queryInstruction;
    private final EmbeddingCache queries;
    private final EmbeddingCache sentences;

    public Encoder(EmbeddingModel model, String queryInstruction) {
        this(model, queryInstruction, DEFAULT_CACHE);
    }

    /** @param cacheSize entries in each of the question and sentence caches; 0 turns caching off */
    public Encoder(EmbeddingModel model, String queryInstruction, int cacheSize) {
        this.model = Objects.requireNonNull(model, "model");
        this.queryInstruction = Objects.requireNonNull(queryInstruction, "queryInstruction");
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative, was " + cacheSize);
        }
        this.queries = new EmbeddingCache(cacheSize);
        this.sentences = new EmbeddingCache(cacheSize);
    }

    /** The same model without caches: every text is embedded, as for a first-time question. */
    public Encoder uncached() {
        return new Encoder(model, queryInstruction, 0);
    }

    public float[] query(String question) {
        float[] v = queries.get(question);
        if (v == null) {
            v = model.embed(queryInstruction + question).content().vector();
            queries.put(question, v);
        }
        return v;
    }

    /**
     * Cosine of the question's embedding with each sentence's, all embedded as passages (a symmetric
     * comparison); what the caches lack is embedded in one parallel batch.
     */
    public double[] similarity(String question, List<String> texts) {
        float[] q = questionAsPassage(question);
        List<float[]> vectors = sentences(texts);
        double[] out = new double[texts.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = dot(q, vectors.get(s));
        }
        return out;
    }

    /**
     * The question embedded as a passage is, for comparing with sentences. Without a query instruction that is the
     * very vector {@link #query} computed for the search, so it is taken from there rather than computed again.
     */
    public float[] questionAsPassage(String question) {
        return queryInstruction.isEmpty() ? query(question) : sentences(List.of(question)).get(0);
    }

    /** Passage embeddings, uncached: for indexing, where every text is new. */
    public List<float[]> passages(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public int dimension() {
        return model.dimension();
    }

    /** Hit counts of the caches, for the log and the benchmark. */
    public String cacheStats() {
        return "questions: " + queries.stats() + "; sentences: " + sentences.stats();
    }

    /** Passage embeddings of texts compared with questions, from the cache where it has them. */
    public List<float[]> sentences(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = sentences.get(texts.get(i));
            if (out[i] == null) {
                missing.add(texts.get(i));
                at.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = passages(missing);
            for (int j = 0; j < fresh.size(); j++) {
                out[at.get(j)] = fresh.get(j);
                sentences.put(missing.get(j), fresh.get(j));
            }
        }
        return List.of(out);
    }

    /** The cosine of two unit vectors. */
    public static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
