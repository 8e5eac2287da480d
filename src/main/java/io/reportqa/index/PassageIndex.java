package io.reportqa.index;

import io.reportqa.model.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the passage index and applies changes to it. Searches share one reader (and the passage id of every
 * document, read once per reader rather than from stored fields per hit); a change is one Lucene commit, after
 * which a new reader replaces the old one for new searches while searches in flight finish on the old one.
 */
public final class PassageIndex implements Closeable {

    /**
     * A reader with its searcher, document-to-passage ids and where each sentence vector sits, alive while anyone
     * holds a reference.
     */
    private record View(DirectoryReader reader, IndexSearcher searcher, String[] ids, SentenceSlots sentences) {

        static View of(DirectoryReader reader) throws IOException {
            return new View(reader, new IndexSearcher(reader), values(reader, Fields.ID), SentenceSlots.of(reader));
        }
    }

    private final Directory directory;
    private volatile View view;

    PassageIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.view = View.of(DirectoryReader.open(directory));
    }

    /** Best {@code k} passages for a lexical query, within the given reports (all when empty). */
    public List<ScoredId> search(Query query, Collection<String> reportIds, int k) {
        return run(withFilter(query, reportIds), k);
    }

    /** Nearest {@code k} passages to the vector, within the given reports (all when empty). */
    public List<ScoredId> nearest(float[] vector, Collection<String> reportIds, int k) {
        Query filter = reportIds.isEmpty() ? null : reportFilter(reportIds);
        return run(new KnnFloatVectorQuery(Fields.VECTOR, vector, k, filter), k);
    }

    /**
     * The stored vector of a sentence text as the answer step compares it (see {@link SentenceTexts}), or null
     * when no passage indexed holds that text.
     */
    public float[] sentenceVector(String text) {
        View v = acquire();
        try {
            return v.sentences().vector(v.reader(), SentenceVectors.key(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a sentence vector", e);
        } finally {
            release(v);
        }
    }

    public int size() {
        View v = acquire();
        try {
            return v.reader().numDocs();
        } finally {
            release(v);
        }
    }

    /** Passage id to content key ({@link PassageDocuments#key}) of every passage indexed. */
    Map<String, String> contentKeys() throws IOException {
        View v = acquire();
        try {
            String[] keys = values(v.reader(), Fields.KEY);
            Map<String, String> out = new HashMap<>();
            for (int doc = 0; doc < keys.length; doc++) {
                if (v.ids()[doc] != null && isLive(v.reader(), doc)) {
                    out.put(v.ids()[doc], keys[doc]);
                }
            }
            return out;
        } finally {
            release(v);
        }
    }

    /** The content keys of these passages as indexed now; a passage not in the index is left out. */
    private Map<String, String> contentKeys(Collection<String> ids) {
        View v = acquire();
        try {
            Map<String, String> out = new HashMap<>();
            for (String id : ids) {
                ScoreDoc[] hit = v.searcher().search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
                if (hit.length > 0) {
                    List<LeafReaderContext> leaves = v.reader().leaves();
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit[0].doc, leaves));
                    SortedDocValues keys = DocValues.getSorted(leaf.reader(), Fields.KEY);
                    if (keys.advanceExact(hit[0].doc - leaf.docBase)) {
                        out.put(id, keys.lookupOrd(keys.ordValue()).utf8ToString());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        } finally {
            release(v);
        }
    }

    /**
     * Removes the passages of {@code removedReports} and those with {@code removedIds}, embeds {@code added} in
     * bounded chunks ({@link IndexStore#embedInChunks}) adding each chunk as it comes (or, {@code wordsFirst}, adds
     * them by their words alone), and commits it all at once; searches see the change as soon as this returns. A
     * failure on the way (the model, the disk) commits nothing.
     */
    void apply(Collection<String> removedReports, Collection<String> removedIds, List<Passage> added,
            PassageEmbedder embedder) {
        apply(removedReports, removedIds, added, embedder, false);
    }

    synchronized void apply(Collection<String> removedReports, Collection<String> removedIds, List<Passage> added,
            PassageEmbedder embedder, boolean wordsFirst) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            if (!removedReports.isEmpty()) {
                writer.deleteDocuments(reportFilter(removedReports));
            }
            if (!removedIds.isEmpty()) {
                writer.deleteDocuments(new TermInSetQuery(Fields.ID, removedIds.stream().map(BytesRef::new).toList()));
            }
            if (wordsFirst) {
                for (Passage p : added) {
                    writer.addDocument(embedder.lexical(p));
                }
            } else {
                IndexStore.embedInChunks(added, embedder, chunk -> {
                    for (PassageEmbedder.Embedded e : chunk) {
                        writer.addDocument(PassageDocuments.of(e));
                    }
                });
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index", e);
        }
        refresh();
    }

    /**
     * Replaces passages indexed by their words alone with their embedded documents, in one commit. A passage whose
     * document changed since it was read as waiting (a report removed or uploaded again meanwhile) is left as it
     * is: the vectors were computed for text that is no longer there.
     *
     * @param waiting the content key each passage had when its embedding began ({@link PassageDocuments#pending})
     * @return how many passages were replaced
     */
    synchronized int fill(List<PassageEmbedder.Embedded> chunk, Map<String, String> waiting) {
        Map<String, String> now = contentKeys(waiting.keySet());
        int replaced = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            for (PassageEmbedder.Embedded e : chunk) {
                String id = e.passage().id();
                if (waiting.get(id) != null && waiting.get(id).equals(now.get(id))) {
                    writer.updateDocument(new Term(Fields.ID, id), PassageDocuments.of(e));
                    replaced++;
                }
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index", e);
        }
        refresh();
        return replaced;
    }

    /**
     * Merges the index into one segment, as a full build leaves it: after a backfill replaced every passage, the
     * replaced documents and the many small segments of its commits are gone, and documents are in the order
     * they were filled in.
     */
    synchronized void merge() {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the index", e);
        }
        refresh();
    }

    private void refresh() {
        try {
            View old = view;
            DirectoryReader next = DirectoryReader.openIfChanged(old.reader());
            if (next != null) {
                view = View.of(next);
                old.reader().decRef();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the index", e);
        }
    }

    private View acquire() {
        while (true) {
            View v = view;
            if (v.reader().tryIncRef()) {
                return v;
            }
        }
    }

    private static void release(View v) {
        try {
            v.reader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ScoredId> run(Query query, int k) {
        View v = acquire();
        try {
            TopDocs top = v.searcher().search(query, k);
            List<ScoredId> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new ScoredId(v.ids()[sd.doc], sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        } finally {
            release(v);
        }
    }

    /** The sorted doc values of {@code field} for every document, by document number. */
    private static String[] values(DirectoryReader reader, String field) throws IOException {
        String[] out = new String[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[leaf.docBase + doc] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return out;
    }

    private static boolean isLive(DirectoryReader reader, int doc) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc()) {
                var live = leaf.reader().getLiveDocs();
                return live == null || live.get(doc - leaf.docBase);
            }
        }
        return false;
    }

    private static Query withFilter(Query query, Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(reportFilter(reportIds), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query reportFilter(Collection<String> reportIds) {
        return new TermInSetQuery(Fields.REPORT, reportIds.stream().map(BytesRef::new).toList());
    }

    @Override
    public synchronized void close() throws IOException {
        view.reader().decRef();
        directory.close();
    }
}
