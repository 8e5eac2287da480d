package io.reportqa.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The sentence vectors of one passage as a binary doc value: for each sentence, the key of its text and its
 * vector in 8 bits per dimension with one scale per vector. Quantised this way a vector keeps a cosine above
 * 0.999 to the original (far inside what separates an answer from a near miss) at a quarter of the bytes:
 * the library's ~50,000 sentences take ~26 MB instead of ~100 MB.
 */
final class SentenceVectors {

    private static final int HEADER = 2 * Integer.BYTES;
    private static final int ENTRY_HEAD = Long.BYTES + Float.BYTES;
    private static final float LEVELS = 127f;

    private SentenceVectors() {
    }

    /** The key of a text: the first 64 bits of its SHA-256, so equal keys mean equal texts in practice. */
    static long key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code [dimension][count]} then, per sentence, {@code [key][scale][dimension bytes]}. */
    static BytesRef encode(List<String> texts, List<float[]> vectors) {
        int dim = vectors.isEmpty() ? 0 : vectors.get(0).length;
        ByteBuffer out = ByteBuffer.allocate(HEADER + texts.size() * (ENTRY_HEAD + dim));
        out.putInt(dim).putInt(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] v = vectors.get(i);
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max == 0 ? 1 : max / LEVELS;
            out.putLong(key(texts.get(i))).putFloat(scale);
            for (float x : v) {
                out.put((byte) Math.round(x / scale));
            }
        }
        return new BytesRef(out.array());
    }

    static int count(BytesRef blob) {
        return ByteBuffer.wrap(blob.bytes).getInt(blob.offset + Integer.BYTES);
    }

    static long keyAt(BytesRef blob, int slot) {
        ByteBuffer b = ByteBuffer.wrap(blob.bytes);
        return b.getLong(blob.offset + offset(b.getInt(blob.offset), slot));
    }

    /** The vector of one slot, scaled back and made unit length again (rounding moves its norm slightly). */
    static float[] vectorAt(BytesRef blob, int slot) {
        ByteBuffer b = ByteBuffer.wrap(blob.bytes);
        int dim = b.getInt(blob.offset);
        int at = blob.offset + offset(dim, slot) + Long.BYTES;
        float scale = b.getFloat(at);
        float[] v = new float[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = blob.bytes[at + Float.BYTES + i] * scale;
            norm += v[i] * v[i];
        }
        float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dim; i++) {
            v[i] *= inv;
        }
        return v;
    }

    private static int offset(int dim, int slot) {
        return HEADER + slot * (ENTRY_HEAD + dim);
    }
}
