package io.reportqa.library;

import io.reportqa.ingest.Corpus;
import io.reportqa.model.Passage;
import java.util.Collection;
import java.util.List;

/** The index as the library changes it: one call is one atomic change, visible to searches once it returns. */
public interface PassageWriter {

    /** Removes every passage of {@code removedReports}, embeds and adds {@code added}, and commits both at once. */
    void update(Collection<String> removedReports, List<Passage> added);

    /**
     * The same change, told the corpus as it will be served once made, for a writer that stores more than the
     * passages (the embedded index stores the vectors of sentences as the answer step compares them, which depend
     * on the places of all reports). The passages of {@code next} not listed here must stay as they are served.
     */
    default void update(Corpus next, Collection<String> removedReports, List<Passage> added) {
        update(removedReports, added);
    }
}
