package io.reportqa.index;

import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds, behind the service, the passages the index holds by their words alone ({@link IndexStore} with words
 * first): a report is searchable as soon as its words are indexed, and its passage and sentence vectors arrive
 * chunk by chunk, each chunk one commit, so searches gain them as they come and a restart resumes where the last
 * commit left off. Until a passage has its vectors, retrieval finds it by its words and the answer step embeds
 * its sentences when it needs them. Follows the corpus as served: a change made meanwhile (a report added,
 * replaced or removed) is picked up at the next chunk, and vectors computed for text since replaced are dropped.
 */
public final class VectorBackfill implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VectorBackfill.class.getName());
    private static final int CHUNK = 32;
    /** After a failure (the model, the disk), how long to wait before trying again. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    /** The corpus served and how its sentences are compared, which together say what every passage's key is. */
    private record Target(Corpus corpus, SentenceTexts texts) {
    }

    /** Passages still to embed, and those in the index: a snapshot for readiness and progress reports. */
    public record Progress(int waiting, int indexed) {

        public boolean done() {
            return waiting == 0;
        }
    }

    private final PassageIndex index;
    private final Encoder encoder;
    private final Thread thread;
    private Target target;
    private long version;
    private volatile Progress progress = new Progress(0, 0);
    private volatile boolean closed;

    public VectorBackfill(PassageIndex index, Encoder encoder) {
        this.index = index;
        this.encoder = encoder;
        this.thread = new Thread(this::run, "vector-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** The corpus is now served as {@code corpus}: embed whatever of it waits for vectors. */
    public synchronized void follow(Corpus corpus, SentenceTexts texts) {
        target = new Target(corpus, texts);
        version++;
        progress = new Progress(Math.max(progress.waiting(), 1), progress.indexed());
        notifyAll();
    }

    public Progress progress() {
        return progress;
    }

    /** Waits until nothing waits for vectors (or the time is up); true when done. */
    public boolean awaitDone(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (this) {
            while (!progress.done() && !closed) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                wait(Math.min(left, 1000));
            }
        }
        return progress.done();
    }

    private void run() {
        long seen = 0;
        while (!closed) {
            Target t;
            long v;
            synchronized (this) {
                while (!closed && version == seen) {
                    waitQuietly();
                }
                if (closed) {
                    return;
                }
                t = target;
                v = version;
            }
            try {
                fillAll(t, v);
                seen = v;
            } catch (RuntimeException e) {
                if (closed) {
                    return; // the index closed under it at shutdown: nothing to report
                }
                LOG.log(System.Logger.Level.WARNING, "vectors could not be filled in; trying again in "
                        + RETRY.toSeconds() + " s", e);
                sleepQuietly(RETRY);
            }
        }
    }

    /** Embeds every waiting passage of the target, chunk by chunk, until done or the target changes. */
    private void fillAll(Target t, long v) {
        PassageEmbedder embedder = new PassageEmbedder(encoder, t.texts());
        List<Passage> todo = waiting(t.corpus(), embedder);
        int indexed = index.size();
        publish(v, todo.size(), indexed);
        if (todo.isEmpty()) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "embedding " + todo.size() + " passages indexed by their words");
        long t0 = System.nanoTime();
        int filled = 0;
        for (int from = 0; from < todo.size() && !closed; from += CHUNK) {
            synchronized (this) {
                if (version != v) {
                    return;
                }
            }
            List<Passage> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
            Map<String, String> keys = new HashMap<>();
            chunk.forEach(p -> keys.put(p.id(), embedder.pendingKey(p)));
            filled += index.fill(embedder.embed(chunk), keys);
            // The last chunk is not reported done until the merge below is: a client waiting for 0 (the import
            // command, about to exit) then finds the index as it will stay.
            publish(v, Math.max(1, todo.size() - from - chunk.size()), indexed);
        }
        if (closed) {
            return;
        }
        // A backfill that replaced most of the index leaves it as a full build would: one segment, in corpus order.
        if (filled > indexed / 2) {
            index.merge();
        }
        publish(v, 0, indexed);
        LOG.log(System.Logger.Level.INFO, String.format("filled in the vectors of %d passages in %.1f s", filled,
                (System.nanoTime() - t0) / 1e9));
    }

    /** Passages of the corpus whose indexed document is the words-only one for their current text. */
    private List<Passage> waiting(Corpus corpus, PassageEmbedder embedder) {
        Map<String, String> keys;
        try {
            keys = index.contentKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        List<Passage> out = new ArrayList<>();
        for (Passage p : corpus.passages()) {
            if (embedder.pendingKey(p).equals(keys.get(p.id()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Progress towards target {@code v}; none once a newer target came, which may have more waiting. */
    private synchronized void publish(long v, int waiting, int indexed) {
        if (version == v) {
            progress = new Progress(waiting, indexed);
            notifyAll();
        }
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    private void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
