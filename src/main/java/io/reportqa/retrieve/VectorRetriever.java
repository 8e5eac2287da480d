package io.reportqa.retrieve;

import io.reportqa.embed.Encoder;
import io.reportqa.index.PassageIndex;
import io.reportqa.index.ScoredId;
import java.util.List;

/** Nearest passages to the question's embedding (HNSW), with the follow-up context appended to the question. */
public final class VectorRetriever implements Retriever {

    private final PassageIndex index;
    private final Encoder encoder;

    public VectorRetriever(PassageIndex index, Encoder encoder) {
        this.index = index;
        this.encoder = encoder;
    }

    @Override
    public List<ScoredId> retrieve(SearchQuery query) {
        String text = query.context().isBlank() ? query.text() : query.text() + " " + query.context();
        return index.nearest(encoder.query(text), query.reportIds(), query.k());
    }
}
