package io.reportqa.answer;

import io.reportqa.embed.Encoder;
import io.reportqa.index.SentenceTexts;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Passage;
import io.reportqa.model.Sentence;
import io.reportqa.retrieve.PlaceDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Similarity from vectors computed before the question came: the question's own embedding, which the vector
 * retriever has just computed for the same text (the encoder remembers it), against sentence vectors stored with
 * the index when their report was indexed. A first-time question so costs one embedding however many sentences
 * it is compared with. A sentence text the index does not hold is embedded as before, and remembered.
 *
 * <p>Question and sentences are embedded alike, as passages, the comparison {@code reportqa.answer.min-similarity}
 * is calibrated on; with a query instruction configured, that is a second embedding of the question
 * ({@link Encoder#questionAsPassage}).
 */
public final class StoredVectorSimilarity implements Similarity {

    private final Function<String, float[]> stored;
    private final Encoder encoder;

    /** @param stored the stored vector of a sentence text, or null when there is none */
    public StoredVectorSimilarity(Function<String, float[]> stored, Encoder encoder) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public double[] between(String question, List<String> sentences) {
        float[] q = encoder.questionAsPassage(question);
        float[][] vectors = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = stored.apply(sentences.get(i));
            if (vectors[i] == null) {
                missing.add(sentences.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = encoder.sentences(missing);
            for (int i = 0, j = 0; i < vectors.length; i++) {
                if (vectors[i] == null) {
                    vectors[i] = fresh.get(j++);
                }
            }
        }
        double[] out = new double[vectors.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Encoder.dot(q, vectors[i]);
        }
        return out;
    }

    /**
     * The texts {@link ExtractiveComposer} compares with a question for the sentences of each passage of this
     * corpus: those of body paragraphs, without the names of report places (its {@code placeless}). Each
     * sentence beginning inside a passage belongs to it, so every sentence of a paragraph has a passage.
     */
    public static SentenceTexts comparedTexts(Corpus corpus) {
        PlaceDirectory places = PlaceDirectory.of(corpus.reports());
        Map<String, Paragraph> paragraphs = corpus.paragraphsById();
        return passage -> {
            Paragraph p = paragraphs.get(passage.paragraphId());
            if (p == null || p.kind() != ParagraphKind.TEXT) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Sentence s : p.sentences()) {
                if (begins(s, passage)) {
                    out.add(compared(places, s.text()));
                }
            }
            return out;
        };
    }

    /** The sentence as the composer compares it: without place names, unless nothing would be left. */
    static String compared(PlaceDirectory places, String sentence) {
        String out = places.withoutPlaces(sentence).replaceAll("\\s+", " ").strip();
        return out.codePoints().anyMatch(Character::isLetterOrDigit) ? out : sentence;
    }

    private static boolean begins(Sentence s, Passage passage) {
        return s.start() >= passage.start() && s.start() < passage.end();
    }
}
