package io.reportqa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds embedded chunks to the index on its own thread, in corpus order (Lucene breaks score ties by document
 * number), while the next chunk is being embedded: analysis and graph building then share the cores with the
 * model instead of running alone after it.
 */
final class ChunkWriter implements AutoCloseable {

    private final IndexWriter writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-write");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<Long>> pending = new ArrayList<>();

    ChunkWriter(IndexWriter writer) {
        this.writer = writer;
    }

    void write(List<PassageEmbedder.Embedded> chunk) {
        pending.add(thread.submit(() -> {
            long t0 = System.nanoTime();
            for (PassageEmbedder.Embedded e : chunk) {
                writer.addDocument(PassageDocuments.of(e));
            }
            return System.nanoTime() - t0;
        }));
    }

    /** Waits for every chunk; the seconds spent adding documents. */
    double finish() throws IOException {
        long nanos = 0;
        for (var f : pending) {
            try {
                nanos += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the index", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
        return nanos / 1e9;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
