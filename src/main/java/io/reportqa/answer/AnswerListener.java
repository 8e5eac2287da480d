package io.reportqa.answer;

import io.reportqa.model.Citation;
import io.reportqa.model.Hit;
import java.util.List;

/**
 * Follows an answer while it is made, for streaming: what was retrieved, then the numbered sources its markers
 * may point to, then its text in pieces that concatenate to the final answer. Calls come from one thread at a
 * time, in that order.
 */
public interface AnswerListener {

    AnswerListener NONE = new AnswerListener() { };

    default void retrieved(List<Hit> hits) {
    }

    /** Numbered sources; the final answer cites a subset of them under the same numbers. */
    default void sources(List<Citation> citations) {
    }

    default void text(String piece) {
    }

    /** True when the asker reads the answer as it is written, so a language model should stream too. */
    default boolean streaming() {
        return false;
    }
}
