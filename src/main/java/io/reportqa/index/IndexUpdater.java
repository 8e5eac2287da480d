package io.reportqa.index;

import io.reportqa.embed.Encoder;
import io.reportqa.library.PassageWriter;
import io.reportqa.model.Passage;
import java.util.Collection;
import java.util.List;

/**
 * Changes the embedded index for the library: embeds the passages added in bounded chunks, adding each to the
 * index as it is embedded, then commits the change at once.
 */
public final class IndexUpdater implements PassageWriter {

    private final PassageIndex index;
    private final Encoder encoder;

    public IndexUpdater(PassageIndex index, Encoder encoder) {
        this.index = index;
        this.encoder = encoder;
    }

    @Override
    public void update(Collection<String> removedReports, List<Passage> added) {
        index.apply(removedReports, List.of(), added, encoder);
    }
}
