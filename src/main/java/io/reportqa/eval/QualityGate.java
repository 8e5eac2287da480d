package io.reportqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Holds an evaluation to checked-in expectations: each metric must stay within its tolerance of the expected
 * value (above it for rates where higher is better, below it for {@code false_abstain}). Prints one
 * {@code OK}/{@code FAIL} line a metric.
 *
 * <p>The expectations file is JSON: {@code {"answer_acc": {"expected": 0.929, "tolerance": 0.03}, …}}.
 */
public final class QualityGate {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the gate found: a line per metric, and whether all passed. */
    public record Verdict(List<String> lines, boolean passed) {
    }

    private final JsonNode expectations;

    public QualityGate(String expectationsJson) {
        try {
            this.expectations = JSON.readTree(expectationsJson);
        } catch (IOException e) {
            throw new UncheckedIOException("the expectations file is not JSON", e);
        }
    }

    public Verdict check(EvalReport report) {
        List<String> lines = new ArrayList<>();
        boolean passed = true;
        Iterator<Map.Entry<String, JsonNode>> fields = expectations.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String metric = f.getKey();
            double expected = f.getValue().path("expected").asDouble();
            double tolerance = f.getValue().path("tolerance").asDouble();
            double actual = report.metric(metric);
            boolean lowerIsBetter = "false_abstain".equals(metric);
            double bound = lowerIsBetter ? expected + tolerance : expected - tolerance;
            boolean ok = !Double.isNaN(actual) && (lowerIsBetter ? actual <= bound + 1e-9 : actual >= bound - 1e-9);
            passed &= ok;
            lines.add(String.format("%-4s %-14s %.3f %s %.3f (expected %.3f, tolerance %.3f)", ok ? "OK" : "FAIL",
                    metric, actual, lowerIsBetter ? "<=" : ">=", bound, expected, tolerance));
        }
        return new Verdict(lines, passed);
    }
}
