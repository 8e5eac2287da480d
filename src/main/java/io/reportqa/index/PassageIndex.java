package io.reportqa.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the passage index. The index is read-only once built, so one reader and one searcher serve every
 * request for the life of the service (what a SearcherManager would give, without refreshes to manage), and the
 * passage id of every document is read once at open rather than from stored fields for every hit.
 */
public final class PassageIndex implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String[] ids;

    PassageIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.ids = readIds(reader);
    }

    private static String[] readIds(DirectoryReader reader) throws IOException {
        String[] out = new String[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ID);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[leaf.docBase + doc] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return out;
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

    public int size() {
        return reader.numDocs();
    }

    private List<ScoredId> run(Query query, int k) {
        try {
            TopDocs top = searcher.search(query, k);
            List<ScoredId> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new ScoredId(ids[sd.doc], sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
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
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
