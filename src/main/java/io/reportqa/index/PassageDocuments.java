package io.reportqa.index;

import io.reportqa.model.Passage;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene document per passage. Only ids are stored: the text lives in the parsed reports. The vectors of the
 * passage's sentences ride along as a doc value, so they are added, replaced and deleted with the passage. A
 * passage may first be indexed by its words alone and replaced by its full document once embedded.
 */
final class PassageDocuments {

    private PassageDocuments() {
    }

    /**
     * Changes whenever anything indexed for the passage would: its header, its text, or the texts its sentences
     * are compared by (a report added about a place another report names changes those of the other report).
     */
    static String key(Passage p, List<String> sentenceTexts) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(p.header().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(p.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String s : sentenceTexts) {
                sha.update((byte) 0);
                sha.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The key of a passage indexed for its words only, its vectors still to come: never equal to a full key, so
     * the passage is embedded by whoever finds it so ({@link VectorBackfill}, or a sync that embeds at once).
     */
    static String pending(String key) {
        return PENDING + key;
    }

    static boolean isPending(String key) {
        return key != null && key.startsWith(PENDING);
    }

    private static final String PENDING = "words-only:";

    /** A passage searchable by its words at once, without vectors ({@link #pending} key). */
    static Document lexical(Passage p, List<String> sentenceTexts) {
        return words(p, pending(key(p, sentenceTexts)));
    }

    static Document of(PassageEmbedder.Embedded e) {
        Passage p = e.passage();
        Document doc = words(p, key(p, e.sentences()));
        // Vectors are unit length, so dot product ranks as cosine does at a third of the arithmetic (cosine also
        // sums both squared norms): vector comparisons were a fifth of the CPU of a cached /api/ask.
        doc.add(new KnnFloatVectorField(Fields.VECTOR, e.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        if (!e.sentences().isEmpty()) {
            doc.add(new BinaryDocValuesField(Fields.SENTENCES,
                    SentenceVectors.encode(e.sentences(), e.sentenceVectors())));
        }
        return doc;
    }

    private static Document words(Passage p, String key) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
        doc.add(new StringField(Fields.REPORT, p.reportId(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
        doc.add(new TextField(Fields.WORDS, p.text(), Field.Store.NO));
        doc.add(new TextField(Fields.BIGRAMS, p.text(), Field.Store.NO));
        doc.add(new TextField(Fields.HEADER, p.header(), Field.Store.NO));
        return doc;
    }
}
