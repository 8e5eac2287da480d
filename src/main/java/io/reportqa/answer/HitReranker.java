package io.reportqa.answer;

import io.reportqa.model.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Re-orders a deep list of fused hits by how well their best sentence answers the question, as the answer step
 * judges sentences (rare words of the question, the year or period asked, a figure of the unit asked). BM25 and
 * vectors score a whole passage, so a long passage that names the topic in passing can outrank the one sentence
 * that states it; the fused rank still breaks near-ties through the scorer's rank bonus.
 */
final class HitReranker {

    /** Fused hits judged sentence by sentence; the answer passage was within 40 in every dev and library item. */
    static final int POOL = 40;
    /** A share of the whole passage's coverage, so a passage holding every asked term across two sentences counts. */
    private static final double PASSAGE_SHARE = 0.2;
    /**
     * Re-ordered passages added to the fused ones an answer is composed from. More would crowd the few sentences
     * that are compared by meaning (paraphrases) with sentences that merely share words.
     */
    static final int ADDED = 5;

    private final SentenceScorer scorer;

    HitReranker(SentenceScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * The pool's own first {@code k}, joined by the best {@link #ADDED} of the new order that they lack: an answer
     * is composed from both. The fused order stays the base, since a passage close in meaning but not in words
     * (a paraphrase) is found by the vectors; each passage keeps the better of its two ranks.
     */
    List<Hit> widen(QuestionTerms terms, Intent intent, List<Hit> pool, int k) {
        List<Hit> reranked = rerank(terms, intent, pool, pool.size());
        java.util.Map<String, Integer> newRank = new java.util.HashMap<>();
        reranked.forEach(h -> newRank.put(h.passage().id(), h.rank()));
        List<Hit> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Hit h : pool.subList(0, Math.min(k, pool.size()))) {
            seen.add(h.passage().id());
            out.add(new Hit(h.passage(), h.score(), Math.min(h.rank(), newRank.get(h.passage().id()))));
        }
        for (Hit h : reranked.subList(0, Math.min(ADDED, reranked.size()))) {
            if (seen.add(h.passage().id())) {
                out.add(h);
            }
        }
        return out;
    }

    /** The best {@code k} of {@code pool}, ranked anew from 1. */
    List<Hit> rerank(QuestionTerms terms, Intent intent, List<Hit> pool, int k) {
        List<Scored> scored = new ArrayList<>(pool.size());
        double total = Math.max(terms.ownTotal(), 1e-9);
        for (Hit hit : pool) {
            String text = hit.passage().text().toLowerCase(java.util.Locale.ROOT);
            double passage = QuestionTerms.covered(terms.own, text) / total;
            // Front matter has no sentences to judge; its words still count (the date and speaker are there).
            double best = scorer.best(terms, intent, hit).map(Candidate::score)
                    .orElse(passage + SentenceScorer.RANK_BONUS / Math.sqrt(hit.rank()));
            scored.add(new Scored(hit, best + PASSAGE_SHARE * passage));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.hit().rank()));
        List<Hit> out = new ArrayList<>(Math.min(k, scored.size()));
        for (Scored s : scored.subList(0, Math.min(k, scored.size()))) {
            out.add(new Hit(s.hit().passage(), s.score(), out.size() + 1));
        }
        return out;
    }

    private record Scored(Hit hit, double score) {
    }
}
