package io.reportqa.retrieve;

/**
 * One optional clause of a lexical query: an already analyzed term to match in one field, and how much a match
 * counts. Any index can run it as a boosted term query, so every backend scores the same clauses.
 */
public record WeightedTerm(String field, String term, float weight) {
}
