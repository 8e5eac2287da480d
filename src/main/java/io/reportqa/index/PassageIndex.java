package io.reportqa.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/** Searches the passage index. The index is read-only once built, so one searcher serves every request. */
public final class PassageIndex implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PassageIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
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
                out.add(new ScoredId(searcher.storedFields().document(sd.doc).get(Fields.ID), sd.score));
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
