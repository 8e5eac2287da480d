package io.reportqa.model;

/** A passage found for a query, with its fused score and rank (1-based). */
public record Hit(Passage passage, double score, int rank) {
}
