package io.reportqa.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.reportqa.ingest.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The textbook pipeline to measure ourselves against: the corpus files as they are, LangChain4j's recursive
 * splitter at 300 characters with 30 of overlap, the same embedding model without a query instruction, and
 * LangChain4j's in-memory embedding store (exhaustive cosine search). No report splitting, no lexical search,
 * no place handling.
 */
public final class NaiveChunkBaseline {

    public static final int CHUNK_CHARS = 300;
    public static final int OVERLAP_CHARS = 30;

    private final EmbeddingModel model;
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final int chunks;

    public NaiveChunkBaseline(List<SourceFile> files, EmbeddingModel model) {
        this.model = model;
        List<TextSegment> segments = new ArrayList<>();
        for (SourceFile f : files) {
            segments.addAll(DocumentSplitters.recursive(CHUNK_CHARS, OVERLAP_CHARS).split(Document.from(f.text())));
        }
        List<Embedding> vectors = model.embedAll(segments).content();
        store.addAll(vectors, segments);
        this.chunks = segments.size();
    }

    public int chunks() {
        return chunks;
    }

    /** Texts of the {@code k} chunks nearest to the question, best first. */
    public List<String> search(String question, int k) {
        Embedding q = model.embed(question).content();
        List<EmbeddingMatch<TextSegment>> matches = store.search(
                EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(k).build()).matches();
        return matches.stream().map(m -> m.embedded().text()).toList();
    }
}
