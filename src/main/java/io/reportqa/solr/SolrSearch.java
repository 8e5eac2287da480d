package io.reportqa.solr;

import io.reportqa.index.Fields;
import io.reportqa.index.ScoredId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/** Runs one ranked query against the collection and returns passage ids with their scores, best first. */
final class SolrSearch {

    private final SolrClient client;
    private final String collection;

    SolrSearch(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /**
     * @param params the query ({@code q} and what it refers to)
     * @param reportIds reports to search within, as a filter; all when empty
     */
    List<ScoredId> top(ModifiableSolrParams params, Collection<String> reportIds, int k) {
        params.set("fl", Fields.ID + ",score");
        params.set("rows", k);
        params.set("sort", "score desc," + Fields.ID + " asc");
        // A kNN main query applies the filters before the graph search, as the embedded index does.
        params.add("fq", SolrPassageDocuments.ONLY_PASSAGES);
        if (!reportIds.isEmpty()) {
            params.add("fq", "{!terms f=" + Fields.REPORT + " v=$reports}");
            params.set("reports", String.join(",", reportIds));
        }
        try {
            // POST: a 512-dimension vector makes a long query string.
            var response = new QueryRequest(params, SolrRequest.METHOD.POST).process(client, collection);
            List<ScoredId> out = new ArrayList<>(response.getResults().size());
            for (SolrDocument d : response.getResults()) {
                out.add(new ScoredId((String) d.getFieldValue(Fields.ID), ((Number) d.getFieldValue("score"))
                        .doubleValue()));
            }
            return out;
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("SolrCloud search in " + collection + " failed: " + e.getMessage(), e);
        }
    }
}
