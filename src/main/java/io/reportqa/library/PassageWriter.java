package io.reportqa.library;

import io.reportqa.model.Passage;
import java.util.Collection;
import java.util.List;

/** The index as the library changes it: one call is one atomic change, visible to searches once it returns. */
public interface PassageWriter {

    /** Removes every passage of {@code removedReports}, embeds and adds {@code added}, and commits both at once. */
    void update(Collection<String> removedReports, List<Passage> added);
}
