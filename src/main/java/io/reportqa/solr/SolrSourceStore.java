package io.reportqa.solr;

import io.reportqa.index.Fields;
import io.reportqa.ingest.CorpusReader;
import io.reportqa.ingest.SourceFile;
import io.reportqa.library.SourceStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Report sources shared by every service instance through the passage collection: the bundled corpus comes from
 * the local corpus folder (every instance ships the same one), uploaded texts and markers of removed reports are
 * documents of their own kinds in the collection, next to the passages, which every search filters to. Every
 * write ends with a commit, so the other instances see it at their next {@link #version} check.
 */
public final class SolrSourceStore implements SourceStore {

    static final String SOURCE = "source";
    static final String REMOVED = "removed";
    static final String NAME = "source_name";
    static final String TEXT = "source_text";
    private static final String SOURCES = SolrPassageDocuments.KIND + ":(" + SOURCE + " OR " + REMOVED + ")";
    private static final int PAGE = 100;

    private final SolrClient client;
    private final String collection;
    private final Path corpusDir;
    private final CorpusReader reader = new CorpusReader();

    public SolrSourceStore(SolrClient client, String collection, Path corpusDir) {
        this.client = client;
        this.collection = collection;
        this.corpusDir = corpusDir;
    }

    @Override
    public List<SourceFile> files() {
        List<SourceFile> out = new ArrayList<>(reader.read(corpusDir));
        List<SourceFile> uploads = new ArrayList<>();
        each(kind(SOURCE), NAME + "," + TEXT, d -> uploads.add(new SourceFile((String) d.getFieldValue(NAME),
                (String) d.getFieldValue(TEXT))));
        uploads.sort(Comparator.comparing(SourceFile::name));
        out.addAll(uploads);
        return out;
    }

    @Override
    public Set<String> removed() {
        Set<String> out = new LinkedHashSet<>();
        each(kind(REMOVED), NAME, d -> out.add((String) d.getFieldValue(NAME)));
        return out;
    }

    @Override
    public String store(String stem, String text) {
        String name = freeName(SourceStore.safeStem(stem));
        forgetRemovals(name);
        SolrInputDocument doc = doc(SOURCE, name);
        doc.setField(TEXT, text);
        write(doc);
        return name;
    }

    @Override
    public void discard(String sourceName) {
        if (SourceStore.isUpload(sourceName)) {
            call(() -> {
                client.deleteById(collection, id(SOURCE, sourceName));
                client.commit(collection);
                return null;
            });
            forgetRemovals(sourceName);
        }
    }

    /** Drops the removal markers naming an upload that is gone or about to be replaced by a new file of its name. */
    private void forgetRemovals(String sourceName) {
        List<String> stale = removed().stream().filter(k -> SourceStore.keyNames(k, sourceName))
                .map(k -> id(REMOVED, k)).toList();
        if (!stale.isEmpty()) {
            call(() -> {
                client.deleteById(collection, stale);
                client.commit(collection);
                return null;
            });
        }
    }

    @Override
    public void markRemoved(String key) {
        write(doc(REMOVED, key));
    }

    /** The ids and update versions of every source document: any store, discard or removal changes them. */
    @Override
    public String version() {
        StringBuilder state = new StringBuilder();
        each(SOURCES, Fields.ID + ",_version_", d -> state.append(d.getFieldValue(Fields.ID)).append('\t')
                .append(d.getFieldValue("_version_")).append('\n'));
        return SourceStore.digest(state.toString());
    }

    private String freeName(String safe) {
        String name = UPLOADS + "/" + safe + ".txt";
        for (int i = 2; exists(id(SOURCE, name)); i++) {
            name = UPLOADS + "/" + safe + "-" + i + ".txt";
        }
        return name;
    }

    private boolean exists(String id) {
        return call(() -> client.getById(collection, id) != null);
    }

    private static SolrInputDocument doc(String kind, String name) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(Fields.ID, id(kind, name));
        doc.setField(SolrPassageDocuments.KIND, kind);
        doc.setField(NAME, name);
        return doc;
    }

    /** Passage ids never contain a colon, so these cannot replace a passage. */
    private static String id(String kind, String name) {
        return kind + ":" + name;
    }

    private static String kind(String kind) {
        return SolrPassageDocuments.KIND + ":" + kind;
    }

    private void write(SolrInputDocument doc) {
        call(() -> {
            client.add(collection, doc);
            client.commit(collection);
            return null;
        });
    }

    /** Every document matching {@code q}, page by page in id order (a cursor, so no page grows with the rest). */
    private void each(String q, String fields, Consumer<SolrDocument> action) {
        SolrQuery query = new SolrQuery(q).setFields(fields).setRows(PAGE).setSort(Fields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = call(() -> client.query(collection, query));
            page.getResults().forEach(action);
            if (cursor.equals(page.getNextCursorMark())) {
                return;
            }
            cursor = page.getNextCursorMark();
        }
    }

    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    private <T> T call(SolrCall<T> c) {
        try {
            return c.call();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("report sources in SolrCloud collection " + collection + ": "
                    + e.getMessage(), e);
        }
    }
}
