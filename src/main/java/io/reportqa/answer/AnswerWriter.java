package io.reportqa.answer;

import io.reportqa.model.Answer;
import io.reportqa.model.Hit;
import java.util.List;

/** Writes an answer in its own words from an extractive draft and the passages found, e.g. a language model. */
public interface AnswerWriter {

    /**
     * Tells {@code listener} the sources, then the text as it is written, and returns the answer; falls back on
     * {@code extractive} (telling its text too) when it cannot do better.
     *
     * @param question the question, with the earlier question a follow-up leans on, if any
     */
    Answer write(String question, Answer extractive, List<Hit> hits, AnswerListener listener);
}
