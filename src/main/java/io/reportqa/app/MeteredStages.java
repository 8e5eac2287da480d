package io.reportqa.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.reportqa.metrics.Stages;
import io.reportqa.model.Answer;
import java.time.Duration;
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

    MeteredStages(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String stage, long nanos) {
        timers.computeIfAbsent(stage, s -> Timer.builder("reportqa.stage").description("Time spent in a pipeline stage")
                .tag("stage", s).publishPercentiles(0.5, 0.95, 0.99).register(registry))
                .record(Duration.ofNanos(nanos));
    }

    @Override
    public void answered(Answer a) {
        Counter.builder("reportqa.answers").description("Answers given, by outcome")
                .tag("outcome", a.answerable() ? "answered" : "abstained").tag("composer", a.composer())
                .register(registry).increment();
        if (a.removedSentences() > 0) {
            registry.counter("reportqa.llm.removed.sentences").increment(a.removedSentences());
        }
        if (a.llmFallback() != null) {
            registry.counter("reportqa.llm.fallbacks", "reason", a.llmFallback()).increment();
        }
    }
}
