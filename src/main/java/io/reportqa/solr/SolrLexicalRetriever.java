package io.reportqa.solr;

import io.reportqa.index.ScoredId;
import io.reportqa.retrieve.LexicalTerms;
import io.reportqa.retrieve.Retriever;
import io.reportqa.retrieve.SearchQuery;
import io.reportqa.retrieve.WeightedTerm;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * BM25 on SolrCloud with the embedded retriever's clauses: each weighted term becomes an optional, boosted
 * {@code {!term}} query, so Solr matches the analyzed term as it is and does not analyze it again. The terms
 * travel as request parameters, which needs no escaping. With the collection's exact statistics cache, every
 * shard scores with the IDF of the whole collection.
 */
public final class SolrLexicalRetriever implements Retriever {

    private final SolrSearch search;
    private final LexicalTerms terms = new LexicalTerms();

    public SolrLexicalRetriever(SolrClient client, String collection) {
        this.search = new SolrSearch(client, collection);
    }

    @Override
    public List<ScoredId> retrieve(SearchQuery query) {
        List<WeightedTerm> clauses = terms.of(query);
        if (clauses.isEmpty()) {
            return List.of();
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < clauses.size(); i++) {
            WeightedTerm t = clauses.get(i);
            params.set("t" + i, t.term());
            q.append("_query_:\"{!term f=").append(t.field()).append(" v=$t").append(i).append("}\"");
            if (t.weight() != 1f) {
                q.append('^').append(t.weight());
            }
            q.append(' ');
        }
        params.set("q", q.toString().strip());
        params.set("q.op", "OR");
        return search.top(params, query.reportIds(), query.k());
    }
}
