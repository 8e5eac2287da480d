package io.reportqa.solr;

import io.reportqa.embed.Encoder;
import io.reportqa.index.Fields;
import io.reportqa.index.ScoredId;
import io.reportqa.retrieve.Retriever;
import io.reportqa.retrieve.SearchQuery;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Nearest passages on SolrCloud with {@code {!knn}}: each shard searches its HNSW graph for {@code k}, restricted
 * to the question's reports before the search, and the coordinator keeps the best {@code k} overall. The question
 * is embedded as the embedded vector retriever does (follow-up context appended).
 */
public final class SolrVectorRetriever implements Retriever {

    private final SolrSearch search;
    private final Encoder encoder;

    public SolrVectorRetriever(SolrClient client, String collection, Encoder encoder) {
        this.search = new SolrSearch(client, collection);
        this.encoder = encoder;
    }

    @Override
    public List<ScoredId> retrieve(SearchQuery query) {
        String text = query.context().isBlank() ? query.text() : query.text() + " " + query.context();
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "{!knn f=" + Fields.VECTOR + " topK=" + query.k() + " v=$vector}");
        params.set("vector", format(encoder.query(text)));
        return search.top(params, query.reportIds(), query.k());
    }

    static String format(float[] vector) {
        StringBuilder b = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(vector[i]);
        }
        return b.append(']').toString();
    }
}
