package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Sentence;

/**
 * A sentence that might answer the question.
 *
 * @param index position of the sentence in its paragraph
 * @param folded the sentence lower-cased, as terms are matched against it
 * @param coverage share of the question's own term weight the sentence contains, 0..1
 * @param score coverage plus the other evidence (context, retrieval rank, presence of a figure)
 * @param rank retrieval rank of the passage it was found in, 1-based
 * @param similarity cosine between question and sentence embeddings, {@link #UNKNOWN} until computed
 */
record Candidate(Paragraph paragraph, int index, Sentence sentence, String folded, double coverage,
        double score, int rank, double similarity) {

    /** Not yet compared by meaning. */
    static final double UNKNOWN = -1;

    Candidate(Paragraph paragraph, int index, Sentence sentence, String folded, double coverage, double score, int rank) {
        this(paragraph, index, sentence, folded, coverage, score, rank, UNKNOWN);
    }

    Candidate withSimilarity(double value) {
        return new Candidate(paragraph, index, sentence, folded, coverage, score, rank, value);
    }
}
