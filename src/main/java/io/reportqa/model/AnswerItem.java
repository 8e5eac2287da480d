package io.reportqa.model;

/**
 * One item of a list answer, as the report words it.
 *
 * @param text the item's sentence, verbatim
 * @param citation the number of the citation ({@code [n]}) that holds it
 */
public record AnswerItem(String text, int citation) {
}
