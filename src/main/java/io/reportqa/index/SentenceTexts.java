package io.reportqa.index;

import io.reportqa.model.Passage;
import java.util.List;

/**
 * The texts of a passage's sentences as the answer step compares them with a question, so that their vectors can
 * be computed once at indexing rather than at every question. The index stores one vector per text, keyed by the
 * text itself: whatever the answer step asks for that was not foreseen here is simply not found.
 */
@FunctionalInterface
public interface SentenceTexts {

    /** No sentence vectors: the index holds passages only. */
    SentenceTexts NONE = p -> List.of();

    /** The texts to embed for the sentences that begin inside the passage, in order; empty for none. */
    List<String> of(Passage passage);
}
