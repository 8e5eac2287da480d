package io.reportqa.retrieve;

import io.reportqa.index.ScoredId;
import io.reportqa.model.Hit;
import io.reportqa.model.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** BM25 and vector search, each asked for a deep candidate list, fused by rank, cut to the requested size. */
public final class HybridRetriever {

    private final Retriever lexical;
    private final Retriever dense;
    private final RrfFusion fusion;
    private final Map<String, Passage> passages;
    private final int candidates;

    public HybridRetriever(Retriever lexical, Retriever dense, RrfFusion fusion, Map<String, Passage> passages,
            int candidates) {
        this.lexical = lexical;
        this.dense = dense;
        this.fusion = fusion;
        this.passages = Map.copyOf(passages);
        this.candidates = candidates;
    }

    public List<Hit> retrieve(SearchQuery query) {
        SearchQuery deep = new SearchQuery(query.text(), query.context(), query.reportIds(),
                Math.max(candidates, query.k()));
        List<ScoredId> fused = fusion.fuse(List.of(lexical.retrieve(deep), dense.retrieve(deep)));
        List<Hit> hits = new ArrayList<>(query.k());
        for (ScoredId s : fused) {
            if (hits.size() == query.k()) {
                break;
            }
            Passage p = passages.get(s.id());
            // The index may already hold passages of a report being added, or lack those of one being removed,
            // for the moment before the corpus they belong to replaces the current one: only known ids count.
            if (p != null) {
                hits.add(new Hit(p, s.score(), hits.size() + 1));
            }
        }
        return hits;
    }
}
