package io.reportqa.api;

/** Elapsed time as reported in responses: milliseconds with one decimal. */
final class Millis {

    private Millis() {
    }

    static double since(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 100_000.0) / 10.0;
    }
}
