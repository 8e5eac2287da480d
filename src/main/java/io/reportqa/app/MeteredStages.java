package io.reportqa.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.reportqa.metrics.Stages;
import io.reportqa.model.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage timings and answer outcomes as Prometheus metrics: {@code reportqa_stage_seconds{stage=…}} and
 * {@code reportqa_answers_total{outcome=answered|abstained, composer=extractive|llm}}, plus
 * {@code reportqa_llm_removed_sentences_total} and {@code reportqa_llm_fallbacks_total{reason=…}}.
 */
final class MeteredStages implements Stages {

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** The stages, composers, outcomes and fallback reasons the pipeline reports, registered before the first one. */
    static final List<String> STAGES = List.of("retrieve", "compose", "llm");
    static final List<String> COMPOSERS = List.of("extractive", "llm");
    static final List<String> OUTCOMES = List.of("answered", "abstained");
    static final List<String> FALLBACKS = List.of("timeout", "error", "unverified");

    /**
     * Registers every series the README lists at zero, so that dashboards and alerts see them from start-up (a
     * series that appears only at the first LLM fallback cannot be told apart from a broken exporter).
     */
    MeteredStages(MeterRegistry registry) {
        this.registry = registry;
        STAGES.forEach(this::timer);
        COMPOSERS.forEach(c -> OUTCOMES.forEach(o -> answers(o, c)));
        removed();
        FALLBACKS.forEach(this::fallbacks);
    }

    @Override
    public void record(String stage, long nanos) {
        timer(stage).record(Duration.ofNanos(nanos));
    }

    private Timer timer(String stage) {
        return timers.computeIfAbsent(stage, s -> Timer.builder("reportqa.stage")
                .description("Time spent in a pipeline stage").tag("stage", s).publishPercentiles(0.5, 0.95, 0.99)
                .register(registry));
    }

    private Counter answers(String outcome, String composer) {
        return Counter.builder("reportqa.answers").description("Answers given, by outcome")
                .tag("outcome", outcome).tag("composer", composer).register(registry);
    }

    private Counter removed() {
        return Counter.builder("reportqa.llm.removed.sentences")
                .description("Sentences of language-model answers removed by verification").register(registry);
    }

    private Counter fallbacks(String reason) {
        return Counter.builder("reportqa.llm.fallbacks")
                .description("Language-model answers replaced by the extractive one, by reason")
                .tag("reason", reason).register(registry);
    }

    @Override
    public void answered(Answer a) {
        answers(a.answerable() ? "answered" : "abstained", a.composer()).increment();
        if (a.removedSentences() > 0) {
            removed().increment(a.removedSentences());
        }
        if (a.llmFallback() != null) {
            fallbacks(a.llmFallback()).increment();
        }
    }
}
