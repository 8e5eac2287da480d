package io.reportqa.solr;

import io.reportqa.embed.Encoder;
import io.reportqa.index.Fields;
import io.reportqa.index.IndexStore;
import io.reportqa.model.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes and reads passages in the SolrCloud collection. Every write ends with a hard commit that opens a new
 * searcher on every replica, so a report added or deleted through one service instance is visible to every
 * instance as soon as the call returns.
 */
public final class SolrPassageStore {

    private static final System.Logger LOG = System.getLogger(SolrPassageStore.class.getName());
    private static final int EMBED_BATCH = 32;

    private final SolrClient client;
    private final String collection;

    public SolrPassageStore(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /** Embeds the passages (header + text, as the embedded index does) and indexes them. */
    public void index(List<Passage> passages, Encoder encoder) {
        long t0 = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (int from = 0; from < passages.size(); from += EMBED_BATCH) {
            List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + EMBED_BATCH));
            vectors.addAll(encoder.passages(IndexStore.embeddingInputs(batch)));
        }
        add(passages, vectors);
        LOG.log(System.Logger.Level.INFO, "indexed {0} passages into SolrCloud collection {1} in {2} ms",
                passages.size(), collection, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Adds (or replaces, by stable id) passages whose vectors are already known. */
    public void add(List<Passage> passages, List<float[]> vectors) {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.size() + " vectors");
        }
        List<SolrInputDocument> docs = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            docs.add(SolrPassageDocuments.of(passages.get(i), vectors.get(i)));
        }
        run(() -> {
            client.add(collection, docs);
            client.commit(collection);
        });
    }

    /** Removes every passage of the report. */
    public void deleteReport(String reportId) {
        run(() -> {
            client.deleteByQuery(collection, SolrPassageDocuments.ONLY_PASSAGES + " AND " + Fields.REPORT + ":"
                    + ClientUtils.escapeQueryChars(reportId));
            client.commit(collection);
        });
    }

    /** How many passages the collection holds (report sources are not counted). */
    public long count() {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrPassageDocuments.ONLY_PASSAGES).setRows(0);
        return call(() -> client.query(collection, q).getResults().getNumFound());
    }

    /** The stored passages with these ids, by id; ids the collection does not hold are left out. */
    public Map<String, Passage> passages(Collection<String> ids) {
        ModifiableSolrParams fl = new ModifiableSolrParams().set("fl", SolrPassageDocuments.STORED)
                .set("fq", SolrPassageDocuments.ONLY_PASSAGES);
        return call(() -> {
            Map<String, Passage> out = new LinkedHashMap<>();
            for (SolrDocument d : client.getById(collection, ids, fl)) {
                Passage p = SolrPassageDocuments.passage(d);
                out.put(p.id(), p);
            }
            return out;
        });
    }

    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    private interface SolrRun {
        void run() throws SolrServerException, IOException;
    }

    private void run(SolrRun r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    private <T> T call(SolrCall<T> c) {
        try {
            return c.call();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("SolrCloud collection " + collection + ": " + e.getMessage(), e);
        }
    }
}
