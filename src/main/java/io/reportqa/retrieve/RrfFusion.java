package io.reportqa.retrieve;

import io.reportqa.index.ScoredId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: each list adds {@code 1 / (k + rank)} to a passage's score. Ranks, unlike raw BM25
 * and cosine scores, are on one scale. Ties go to the smaller id, so the order never depends on map iteration.
 */
public final class RrfFusion {

    private final int k;

    public RrfFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        this.k = k;
    }

    public List<ScoredId> fuse(List<List<ScoredId>> rankings) {
        Map<String, Double> scores = new HashMap<>();
        for (List<ScoredId> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i).id(), 1.0 / (k + i + 1), Double::sum);
            }
        }
        return scores.entrySet().stream()
                .map(e -> new ScoredId(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(ScoredId::score).reversed().thenComparing(ScoredId::id))
                .toList();
    }
}
