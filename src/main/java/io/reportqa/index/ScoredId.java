package io.reportqa.index;

/** A passage id with the score one retriever gave it. */
public record ScoredId(String id, double score) {
}
