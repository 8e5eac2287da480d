package io.reportqa.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures embedding throughput of the loaded model at several batch sizes on the same texts, alternating the
 * sizes so that load from elsewhere on the machine falls on all of them alike. Reports the best wall time of each
 * and the process CPU time per text, which other processes disturb less than wall time.
 */
public final class EmbeddingThroughput {

    private static final int ROUNDS = 2;

    private EmbeddingThroughput() {
    }

    /** Figures per batch size: {@code texts_per_s} (best round) and {@code cpu_ms_per_text} (mean). */
    public static Map<String, Map<String, Double>> measure(EmbeddingModel model, List<String> texts, int... sizes) {
        if (!(model instanceof BatchedOnnxEmbeddingModel batched)) {
            throw new IllegalArgumentException("only the bundled ONNX model can be re-batched");
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        double[] bestSeconds = new double[sizes.length];
        double[] cpuSeconds = new double[sizes.length];
        java.util.Arrays.fill(bestSeconds, Double.MAX_VALUE);
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < sizes.length; i++) {
                EmbeddingModel m = batched.withBatchSize(sizes[i]);
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                m.embedAll(segments);
                bestSeconds[i] = Math.min(bestSeconds[i], (System.nanoTime() - t0) / 1e9);
                cpuSeconds[i] += (processCpuNanos() - cpu0) / 1e9 / ROUNDS;
            }
        }
        for (int i = 0; i < sizes.length; i++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("texts_per_s", Math.round(texts.size() / bestSeconds[i] * 10) / 10.0);
            m.put("cpu_ms_per_text", Math.round(cpuSeconds[i] * 1e4 / texts.size()) / 10.0);
            out.put("batch " + sizes[i], m);
        }
        return out;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
