package io.reportqa.index;

import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Keeps the passage index on disk under the data folder. An index is built in a scratch folder, committed,
 * then renamed into place and named in the {@code CURRENT} file by an atomic move: a crash at any point leaves
 * either the previous index or the new one in use, never a torn one. An index whose fingerprint matches the
 * corpus and model is reused; anything else is rebuilt.
 */
public final class IndexStore {

    private static final System.Logger LOG = System.getLogger(IndexStore.class.getName());
    private static final String CURRENT = "CURRENT";
    private static final int EMBED_CHUNK = 64;
    private static final double RAM_BUFFER_MB = 256;

    private final Path dataDir;
    private final boolean wordsFirst;

    /** An index whose passages are embedded before it is opened. */
    public IndexStore(Path dataDir) {
        this(dataDir, false);
    }

    /**
     * @param wordsFirst index new passages by their words only, so that they are searchable in seconds, and leave
     *     their vectors to a {@link VectorBackfill}
     */
    public IndexStore(Path dataDir, boolean wordsFirst) {
        this.dataDir = dataDir;
        this.wordsFirst = wordsFirst;
    }

    /**
     * Opens the index for this fingerprint, building it first when there is none that can be trusted, then brings
     * it in line with the corpus: passages of reports added, changed or removed since are embedded or deleted in
     * one commit, and nothing else is touched.
     */
    public PassageIndex open(Corpus corpus, Encoder encoder, String fingerprint) {
        return open(corpus, encoder, SentenceTexts.NONE, fingerprint);
    }

    /** As {@link #open(Corpus, Encoder, String)}, storing with each passage the vectors of its sentences' texts. */
    public PassageIndex open(Corpus corpus, Encoder encoder, SentenceTexts sentences, String fingerprint) {
        PassageEmbedder embedder = new PassageEmbedder(encoder, sentences);
        try {
            Files.createDirectories(dataDir);
            Path target = dataDir.resolve("index-" + fingerprint);
            boolean reuse = isCurrent(target) && isReadable(target);
            if (!reuse) {
                build(corpus, embedder, target);
                makeCurrent(target);
            }
            removeOthers(target);
            PassageIndex index = new PassageIndex(FSDirectory.open(target));
            if (reuse) {
                lastSync = sync(index, corpus, embedder, wordsFirst);
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index under " + dataDir, e);
        }
    }

    /** What the last {@link #open} had to change in a reused index: passages added and removed. */
    public record Sync(int added, int removed) {
    }

    private Sync lastSync = new Sync(0, 0);


    public Sync lastSync() {
        return lastSync;
    }

    /**
     * Brings the index in line with the corpus in one commit: passages added or changed (in text, header or the
     * texts of their sentences) are embedded (or, {@code wordsFirst}, indexed by their words for a
     * {@link VectorBackfill} to embed), those no longer in the corpus removed, nothing else touched. Without
     * {@code wordsFirst}, passages still waiting for their vectors are embedded now.
     */
    static Sync sync(PassageIndex index, Corpus corpus, PassageEmbedder embedder, boolean wordsFirst)
            throws IOException {
        Map<String, String> indexed = index.contentKeys();
        List<Passage> add = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        for (Passage p : corpus.passages()) {
            wanted.add(p.id());
            String has = indexed.get(p.id());
            boolean current = embedder.key(p).equals(has) || wordsFirst && embedder.pendingKey(p).equals(has);
            if (!current) {
                add.add(p);
            }
        }
        Set<String> remove = new HashSet<>();
        indexed.keySet().stream().filter(id -> !wanted.contains(id)).forEach(remove::add);
        add.forEach(p -> {
            if (indexed.containsKey(p.id())) {
                remove.add(p.id());
            }
        });
        Sync out = new Sync(add.size(), remove.size());
        if (add.isEmpty() && remove.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "index holds the corpus ({0} passages)", indexed.size());
            return out;
        }
        LOG.log(System.Logger.Level.INFO, "index follows the corpus: {0} {1} new or changed passages, "
                + "removing {2}", wordsFirst ? "indexing the words of" : "embedding", add.size(), remove.size());
        index.apply(List.of(), remove, add, embedder, wordsFirst);
        return out;
    }

    private boolean isCurrent(Path target) throws IOException {
        Path current = dataDir.resolve(CURRENT);
        return Files.exists(current)
                && Files.readString(current, StandardCharsets.UTF_8).strip().equals(target.getFileName().toString())
                && Files.isDirectory(target);
    }

    /** A folder that cannot be opened, or whose documents lost their ids, is rebuilt, not served. */
    private static boolean isReadable(Path target) {
        try (FSDirectory dir = FSDirectory.open(target); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                if (leaf.reader().getSortedDocValues(Fields.ID) == null && leaf.reader().maxDoc() > 0) {
                    throw new IOException("a segment has no passage ids");
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "index {0} is damaged ({1}); rebuilding it from the corpus",
                    target, e.getMessage());
            return false;
        }
    }

    private void build(Corpus corpus, PassageEmbedder embedder, Path target) throws IOException {
        Path scratch = Files.createTempDirectory(dataDir, "building-");
        List<Passage> passages = corpus.passages();
        LOG.log(System.Logger.Level.INFO, "indexing {0} passages of {1} reports into {2}", passages.size(),
                corpus.reports().size(), target);
        if (wordsFirst) {
            buildWords(passages, embedder, scratch, target);
            return;
        }
        long chars = embedder.chars(passages);
        long t0 = System.nanoTime();
        double embedS;
        double writeS;
        try (FSDirectory dir = FSDirectory.open(scratch); IndexWriter writer = new IndexWriter(dir, writerConfig());
                ChunkWriter chunks = new ChunkWriter(writer)) {
            BuildProgress progress = new BuildProgress(passages.size(), chars);
            for (int from = 0; from < passages.size(); from += EMBED_CHUNK) {
                List<Passage> chunk = passages.subList(from, Math.min(passages.size(), from + EMBED_CHUNK));
                chunks.write(embedder.embed(chunk));
                progress.advance(chunk.size(), embedder.chars(chunk));
            }
            embedS = (System.nanoTime() - t0) / 1e9;
            writeS = chunks.finish();
            writer.forceMerge(1);
            writer.commit();
        }
        deleteTree(target);
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        double totalS = (System.nanoTime() - t0) / 1e9;
        LOG.log(System.Logger.Level.INFO, String.format("indexed %d passages (%d characters embedded) in %.2f s: "
                + "embed %.2f s (%.1f passages/s, %.0f chars/s), write %.2f s alongside, then %.2f s to finish; "
                + "%d sentence texts embedded with the passages", passages.size(), chars, totalS, embedS,
                passages.size() / embedS, chars / embedS, writeS, totalS - embedS, embedder.sentencesEmbedded()));
    }

    /** The passages by their words alone, in seconds: their vectors follow in the background. */
    private static void buildWords(List<Passage> passages, PassageEmbedder embedder, Path scratch, Path target)
            throws IOException {
        long t0 = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(scratch); IndexWriter writer = new IndexWriter(dir, writerConfig())) {
            for (Passage p : passages) {
                writer.addDocument(embedder.lexical(p));
            }
            writer.commit();
        }
        deleteTree(target);
        Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        LOG.log(System.Logger.Level.INFO, String.format("indexed the words of %d passages in %.2f s; their vectors "
                + "follow in the background", passages.size(), (System.nanoTime() - t0) / 1e9));
    }

    /** One segment from the start: a buffer larger than the whole index means no flush and no merge to redo. */
    private static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(ChineseAnalyzers.perField()).setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    /** Receives one chunk of embedded passages. */
    interface ChunkSink {
        void accept(List<PassageEmbedder.Embedded> chunk) throws IOException;
    }

    /**
     * Embeds the passages {@value #EMBED_CHUNK} at a time and hands each chunk's vectors on before the next is
     * embedded, as the full build does: however many passages an incremental change brings, the model is never
     * asked for more than one chunk at once and no more than one chunk of vectors waits in memory.
     */
    static void embedInChunks(List<Passage> passages, PassageEmbedder embedder, ChunkSink sink) throws IOException {
        for (int from = 0; from < passages.size(); from += EMBED_CHUNK) {
            sink.accept(embedder.embed(passages.subList(from, Math.min(passages.size(), from + EMBED_CHUNK))));
        }
    }

    /** The passage together with where it sits, so a question naming the place finds text that does not. */
    public static List<String> embeddingInputs(List<Passage> batch) {
        List<String> out = new ArrayList<>(batch.size());
        for (Passage p : batch) {
            out.add(p.header() + "\n" + p.text());
        }
        return out;
    }

    private void makeCurrent(Path target) throws IOException {
        Path tmp = dataDir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, target.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, dataDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void removeOthers(Path keep) throws IOException {
        try (Stream<Path> children = Files.list(dataDir)) {
            for (Path p : children.toList()) {
                String name = p.getFileName().toString();
                if (!p.equals(keep) && (name.startsWith("index-") || name.startsWith("building-"))) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
