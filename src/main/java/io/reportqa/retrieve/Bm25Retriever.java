package io.reportqa.retrieve;

import io.reportqa.index.PassageIndex;
import io.reportqa.index.ScoredId;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * BM25 over two lexical views of each passage (SmartChinese words and CJK bigrams) plus its header. Every term
 * is an optional clause, so a passage matching more of the question ranks higher; the earlier question of a
 * follow-up contributes at lower weight (see {@link LexicalTerms}).
 */
public final class Bm25Retriever implements Retriever {

    private final PassageIndex index;
    private final LexicalTerms terms = new LexicalTerms();

    public Bm25Retriever(PassageIndex index) {
        this.index = index;
    }

    @Override
    public List<ScoredId> retrieve(SearchQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (WeightedTerm t : terms.of(query)) {
            b.add(boosted(new TermQuery(new Term(t.field(), t.term())), t.weight()), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery q = b.build();
        Query lexical = q.clauses().isEmpty() ? new MatchNoDocsQuery() : q;
        return index.search(lexical, query.reportIds(), query.k());
    }

    private static Query boosted(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }
}
