package io.reportqa.index;

import io.reportqa.embed.Encoder;
import io.reportqa.model.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds passages for the index together with the sentences the answer step will compare with questions, in one
 * call to the model: a question then costs one embedding, whatever sentences it is compared with. A sentence text
 * met twice in a chunk (the short sentence two passages share at their boundary) is embedded once.
 */
final class PassageEmbedder {

    /** A passage with its vector, and its sentences' texts with their vectors. */
    record Embedded(Passage passage, float[] vector, List<String> sentences, List<float[]> sentenceVectors) {
    }

    private final Encoder encoder;
    private final SentenceTexts texts;
    private long sentencesEmbedded;

    PassageEmbedder(Encoder encoder, SentenceTexts texts) {
        this.encoder = encoder;
        this.texts = texts;
    }

    /** What the index stores as the passage's content key: it changes whenever anything embedded for it would. */
    String key(Passage p) {
        return PassageDocuments.key(p, texts.of(p));
    }

    /** The content key of the passage indexed by its words only, until it is embedded. */
    String pendingKey(Passage p) {
        return PassageDocuments.pending(key(p));
    }

    /** The passage's document without vectors, searchable by its words at once. */
    org.apache.lucene.document.Document lexical(Passage p) {
        return PassageDocuments.lexical(p, texts.of(p));
    }

    List<Embedded> embed(List<Passage> passages) {
        List<String> inputs = new ArrayList<>(IndexStore.embeddingInputs(passages));
        List<List<String>> sentences = passages.stream().map(texts::of).toList();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (List<String> ofPassage : sentences) {
            for (String s : ofPassage) {
                if (!at.containsKey(s)) {
                    at.put(s, inputs.size());
                    inputs.add(s);
                }
            }
        }
        List<float[]> vectors = encoder.passages(inputs);
        sentencesEmbedded += at.size();
        List<Embedded> out = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            List<float[]> own = sentences.get(i).stream().map(s -> vectors.get(at.get(s))).toList();
            out.add(new Embedded(passages.get(i), vectors.get(i), sentences.get(i), own));
        }
        return out;
    }

    /** Sentence texts embedded so far (each distinct text of a chunk once). */
    long sentencesEmbedded() {
        return sentencesEmbedded;
    }

    /** Characters the model will see for these passages, sentences included: the measure of work left. */
    long chars(List<Passage> passages) {
        long n = 0;
        for (Passage p : passages) {
            n += p.header().length() + 1 + p.text().length();
            n += texts.of(p).stream().mapToLong(String::length).sum();
        }
        return n;
    }
}
