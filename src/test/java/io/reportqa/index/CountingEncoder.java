package io.reportqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.reportqa.embed.Encoder;
import io.reportqa.embed.LocalModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real model behind an encoder, counting how many texts it is asked to embed. */
final class CountingEncoder {

    final AtomicInteger embedded = new AtomicInteger();
    final Encoder encoder = new Encoder(new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            embedded.addAndGet(segments.size());
            return LocalModel.get().embedAll(segments);
        }
    }, LocalModel.QUERY_INSTRUCTION);
}
