package io.reportqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores several retrieval pipelines on the same questions with the shared rules: for each question the rank at
 * which the top hits first cover every evidence passage, summarised as recall@1/5/10 and MRR, with the mean time
 * per search. Follow-ups and unanswerable questions are left out, as in {@link Evaluator}.
 */
public final class RetrievalAblation {

    /** One pipeline: a question in, the texts of its top hits out, best first. */
    public interface Pipeline extends Function<String, List<String>> {
    }

    private final List<EvalItem> items;

    public RetrievalAblation(List<EvalItem> items) {
        this.items = items.stream().filter(i -> !i.unanswerable() && !"followup".equals(i.type())).toList();
    }

    public int questions() {
        return items.size();
    }

    /** Metrics of each pipeline, in the order given. */
    public Map<String, Map<String, Object>> run(Map<String, Pipeline> pipelines) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        pipelines.forEach((name, p) -> out.put(name, score(p)));
        return out;
    }

    Map<String, Object> score(Pipeline pipeline) {
        List<Integer> ranks = new ArrayList<>(items.size());
        long nanos = 0;
        for (EvalItem item : items) {
            long t0 = System.nanoTime();
            List<String> hits = pipeline.apply(item.question());
            nanos += System.nanoTime() - t0;
            ranks.add(fullRecallRank(hits, item.evidence()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questions", items.size());
        for (int k : new int[] {1, 5, 10}) {
            int at = k;
            m.put("recall@" + k, round(ranks.stream().filter(r -> r > 0 && r <= at).count() / (double) ranks.size()));
        }
        m.put("mrr", round(ranks.stream().mapToDouble(r -> r > 0 ? 1.0 / r : 0).average().orElse(0)));
        m.put("ms_per_search", Math.round(nanos / 1e5 / Math.max(1, items.size())) / 10.0);
        return m;
    }

    /** Smallest k whose top-k texts cover every evidence passage; 0 when the first 10 do not. */
    static int fullRecallRank(List<String> hits, List<String> evidence) {
        List<String> seen = new ArrayList<>();
        for (String h : hits.subList(0, Math.min(Evaluator.SEARCH_DEPTH, hits.size()))) {
            seen.add(h);
            if (Scoring.allCovered(seen, evidence)) {
                return seen.size();
            }
        }
        return 0;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
