package io.reportqa.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Where each sentence vector of one reader sits: text key to document and slot. Only the positions live in the
 * heap (~80 bytes a sentence); the vectors stay in the doc values, read on demand from the memory-mapped index.
 * Deleted passages are left out, so a sentence whose passage is gone is not found.
 */
final class SentenceSlots {

    private static final int SLOT_BITS = 16;

    private final Map<Long, Long> slots;

    private SentenceSlots(Map<Long, Long> slots) {
        this.slots = slots;
    }

    static SentenceSlots of(DirectoryReader reader) throws IOException {
        Map<Long, Long> slots = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.SENTENCES);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                BytesRef blob = values.binaryValue();
                for (int slot = 0, n = SentenceVectors.count(blob); slot < n; slot++) {
                    slots.putIfAbsent(SentenceVectors.keyAt(blob, slot), ((long) (leaf.docBase + doc) << SLOT_BITS) | slot);
                }
            }
        }
        return new SentenceSlots(slots);
    }

    int size() {
        return slots.size();
    }

    /** The vector stored under the key, or null. */
    float[] vector(DirectoryReader reader, long key) throws IOException {
        Long at = slots.get(key);
        if (at == null) {
            return null;
        }
        int doc = (int) (at >>> SLOT_BITS);
        int slot = (int) (at & ((1 << SLOT_BITS) - 1));
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        // Doc values iterators are not thread-safe: each lookup takes its own (a cheap object over mapped bytes).
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.SENTENCES);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return SentenceVectors.vectorAt(values.binaryValue(), slot);
    }
}
