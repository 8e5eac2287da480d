package io.reportqa.model;

import java.util.List;

/**
 * A composed answer with the citations its {@code [n]} markers point to.
 *
 * @param confidence share (0..1) of the question's weighted terms found in the best sentence; the service
 *     refuses below a configured floor
 * @param composer {@code extractive} (sentences quoted from the reports) or {@code llm} (written by a language
 *     model and verified against the paragraphs it cites)
 * @param removedSentences sentences of a language model's answer dropped because their citation or a number in
 *     them did not hold
 * @param llmFallback why a configured language model's answer was not used ({@code timeout}, {@code error},
 *     {@code unverified}), or {@code null}
 * @param items the items of a list answer, each with its citation, in the report's order; empty otherwise
 */
public record Answer(String answer, boolean answerable, List<Citation> citations, double confidence,
        String composer, int removedSentences, String llmFallback, List<AnswerItem> items) {

    public static final String EXTRACTIVE = "extractive";
    public static final String LLM = "llm";

    public Answer {
        citations = List.copyOf(citations);
        items = List.copyOf(items);
    }

    /** An answer that is not a list. */
    public Answer(String answer, boolean answerable, List<Citation> citations, double confidence, String composer,
            int removedSentences, String llmFallback) {
        this(answer, answerable, citations, confidence, composer, removedSentences, llmFallback, List.of());
    }

    /** An extractive answer with the items of a list. */
    public Answer(String answer, boolean answerable, List<Citation> citations, double confidence,
            List<AnswerItem> items) {
        this(answer, answerable, citations, confidence, EXTRACTIVE, 0, null, items);
    }

    /** An extractive answer. */
    public Answer(String answer, boolean answerable, List<Citation> citations, double confidence) {
        this(answer, answerable, citations, confidence, EXTRACTIVE, 0, null);
    }

    /** This answer, given instead of a language model's for the reason named. */
    public Answer asFallback(String reason, int removed) {
        return new Answer(answer, answerable, citations, confidence, composer, removed, reason, items);
    }
}
