package io.reportqa.index;

import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Corpus;
import io.reportqa.library.PassageWriter;
import io.reportqa.model.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Changes the embedded index for the library: embeds the passages added in bounded chunks, with the vectors of
 * their sentences, adding each to the index as it is embedded, then commits the change at once; or, with a
 * {@link VectorBackfill}, commits the passages by their words in a moment and has the backfill embed them.
 */
public final class IndexUpdater implements PassageWriter {

    private final PassageIndex index;
    private final Encoder encoder;
    private final Function<Corpus, SentenceTexts> sentences;
    private final VectorBackfill backfill;

    /** @param sentences the sentence texts the answer step will compare, for the corpus as it will be served */
    public IndexUpdater(PassageIndex index, Encoder encoder, Function<Corpus, SentenceTexts> sentences) {
        this(index, encoder, sentences, null);
    }

    /**
     * @param backfill when not null, passages added are indexed by their words at once and this embeds them
     *     behind the service; when null, they are embedded before the change is committed
     */
    public IndexUpdater(PassageIndex index, Encoder encoder, Function<Corpus, SentenceTexts> sentences,
            VectorBackfill backfill) {
        this.index = index;
        this.encoder = encoder;
        this.sentences = sentences;
        this.backfill = backfill;
    }

    /** Without the corpus to come, sentence texts cannot be known: passages only. */
    @Override
    public void update(Collection<String> removedReports, List<Passage> added) {
        index.apply(removedReports, List.of(), added, new PassageEmbedder(encoder, SentenceTexts.NONE));
    }

    /**
     * Brings the index in line with {@code next}: the reports removed and added, and the sentences of other
     * reports whose compared text the change alters (a new report's place is left out of every sentence that
     * names it), all in one commit.
     */
    @Override
    public void update(Corpus next, Collection<String> removedReports, List<Passage> added) {
        SentenceTexts texts = sentences.apply(next);
        try {
            IndexStore.sync(index, next, new PassageEmbedder(encoder, texts), backfill != null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index", e);
        }
        if (backfill != null) {
            backfill.follow(next, texts);
        }
    }
}
