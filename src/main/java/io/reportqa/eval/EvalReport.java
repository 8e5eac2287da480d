package io.reportqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The outcome of an evaluation run: the metrics overall and by question type, and one row per item.
 * Rates are rounded to three decimals, as the reference scoring script prints them.
 */
public record EvalReport(Map<String, Object> summary, List<ItemResult> rows) {

    /** Metrics that the regression gate can hold: higher is better for all but {@code false_abstain}. */
    public static final List<String> RATES = List.of("answer_acc", "cite_acc", "recall@1", "recall@5", "recall@10",
            "mrr", "abstain_acc", "false_abstain");

    static EvalReport of(List<ItemResult> rows) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<ItemResult> answerable = rows.stream().filter(r -> !"unanswerable".equals(r.type())).toList();
        List<ItemResult> retrieval = rows.stream().filter(r -> r.fullRecallRank() != null).toList();
        s.put("items", rows.size());
        s.put("errors", rows.stream().filter(r -> r.error() != null).count());
        s.put("answer_acc", rate(answerable, ItemResult::answerOk));
        s.put("cite_acc", rate(answerable, ItemResult::citeOk));
        for (int k : new int[] {1, 5, 10}) {
            s.put("recall@" + k, rate(retrieval, r -> r.recallAt(k)));
        }
        s.put("mrr", round(retrieval.stream().mapToDouble(r -> r.fullRecallRank() > 0 ? 1.0 / r.fullRecallRank() : 0)
                .average().orElse(Double.NaN)));
        s.put("abstain_acc", rate(rows.stream().filter(r -> "unanswerable".equals(r.type())).toList(),
                ItemResult::answerOk));
        s.put("false_abstain", rate(answerable.stream().filter(r -> r.falseAbstain() != null).toList(),
                r -> r.falseAbstain()));
        s.put("median_answer_len", median(answerable.stream().map(r -> (double) r.answerLength()).toList()));
        List<Double> ms = rows.stream().filter(r -> r.error() == null).map(ItemResult::ms).sorted().toList();
        s.put("p50_ms", percentile(ms, 0.50));
        s.put("p95_ms", percentile(ms, 0.95));
        s.put("p99_ms", percentile(ms, 0.99));
        s.put("by_type", byType(rows));
        return new EvalReport(s, List.copyOf(rows));
    }

    public double metric(String name) {
        Object v = summary.get(name);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Map<String, Object> byType(List<ItemResult> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String type : new TreeSet<>(rows.stream().map(ItemResult::type).toList())) {
            List<ItemResult> of = rows.stream().filter(r -> r.type().equals(type)).toList();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", of.size());
            m.put("answer", rate(of, ItemResult::answerOk));
            m.put("cite", rate(of, ItemResult::citeOk));
            out.put(type, m);
        }
        return out;
    }

    private static Double rate(List<ItemResult> rows, Predicate<ItemResult> ok) {
        if (rows.isEmpty()) {
            return null;
        }
        return round((double) rows.stream().filter(ok).count() / rows.size());
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The value at rank {@code floor(p * (n - 1))}, as the reference script computes p95. */
    private static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        return Math.round(sorted.get((int) (p * (sorted.size() - 1))) * 10) / 10.0;
    }

    private static Double round(double x) {
        return Double.isNaN(x) ? null : Math.round(x * 1000) / 1000.0;
    }
}
