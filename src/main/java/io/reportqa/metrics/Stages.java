package io.reportqa.metrics;

import io.reportqa.model.Answer;

/**
 * Where the pipeline reports how long each stage of a request took and how it ended. Plain Java code calls it;
 * the service backs it with its metrics registry, tests and tools with {@link #NONE}.
 */
public interface Stages {

    Stages NONE = new Stages() { };

    /** @param stage e.g. {@code retrieve}, {@code compose}, {@code llm} */
    default void record(String stage, long nanos) {
    }

    default void answered(Answer answer) {
    }

    /** Runs {@code work}, recording its duration under {@code stage}. */
    default <T> T time(String stage, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - t0);
        }
    }
}
