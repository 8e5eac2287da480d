package io.reportqa.library;

import io.reportqa.answer.QaService;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The reports being served, as one immutable snapshot (the parsed corpus and the question answering built on
 * it) that requests read and that adding or removing a report replaces atomically, after the index has
 * committed the change. Only the affected report is parsed alone and embedded; questions keep being answered
 * from the previous snapshot meanwhile. Changes are made one at a time. When the sources and the index are
 * shared with other instances, {@link #refresh} takes up the changes those made.
 */
public final class Library {

    /** What one request works with, start to end. */
    public record Snapshot(Corpus corpus, QaService qa) {
    }

    final SourceStore sources;
    private final CorpusLoader loader;
    final PassageWriter index;
    private final Function<Corpus, QaService> assemble;
    private final AtomicReference<Snapshot> current;
    private static final System.Logger LOG = System.getLogger(Library.class.getName());

    private final ReentrantLock changes = new ReentrantLock();
    private final InFlight inFlight = new InFlight();
    private final Additions additions = new Additions(this);
    /** The sources' version the current snapshot was loaded at; guarded by {@link #changes}. */
    private String loadedVersion;

    /** Paragraphs one upload may hold when the caller does not say ({@code reportqa.limits.max-upload-paragraphs}). */
    public static final int DEFAULT_MAX_UPLOAD_PARAGRAPHS = 20_000;

    /** How long a change waits for the one in progress when the caller does not say. */
    public static final Duration DEFAULT_MAX_WRITE_WAIT = Duration.ofSeconds(60);

    private final UploadCheck checks;
    private final Duration maxWriteWait;

    /**
     * @param initial the corpus as loaded from {@code sources}
     * @param initialVersion {@link SourceStore#version()} read before {@code initial} was loaded, so a change made
     *     while it was loading is taken up by the next {@link #refresh}
     * @param maxUploadParagraphs paragraphs one upload may hold in all its reports; more is refused
     */
    public Library(SourceStore sources, CorpusLoader loader, PassageWriter index, Function<Corpus, QaService> assemble,
            Corpus initial, String initialVersion, int maxUploadParagraphs) {
        this(sources, loader, index, assemble, initial, initialVersion, maxUploadParagraphs, DEFAULT_MAX_WRITE_WAIT);
    }

    /** @param maxWriteWait how long an upload waits for another change to end before it is refused as busy */
    public Library(SourceStore sources, CorpusLoader loader, PassageWriter index, Function<Corpus, QaService> assemble,
            Corpus initial, String initialVersion, int maxUploadParagraphs, Duration maxWriteWait) {
        this.checks = new UploadCheck(loader, maxUploadParagraphs);
        this.maxWriteWait = maxWriteWait;
        this.sources = sources;
        this.loader = loader;
        this.index = index;
        this.assemble = assemble;
        this.current = new AtomicReference<>(new Snapshot(initial, assemble.apply(initial)));
        this.loadedVersion = initialVersion;
    }

    /** A library over what the sources hold now, whose passages the index holds already. */
    public static Library open(SourceStore sources, CorpusLoader loader, PassageWriter index,
            Function<Corpus, QaService> assemble) {
        String version = sources.version();
        return new Library(sources, loader, index, assemble, loader.load(sources.files(), sources.removed()),
                version, DEFAULT_MAX_UPLOAD_PARAGRAPHS);
    }

    public Snapshot current() {
        return current.get();
    }

    /** One uploaded file's text: a stem to store it under and a label (its file name) to report on. */
    public record Incoming(String label, String stem, String text) {
    }

    /** What became of one incoming file: the reports it added, or why it was refused. */
    public record Outcome(Incoming file, List<Report> added, LibraryException refused) {

        public boolean ok() {
            return refused == null;
        }
    }

    /**
     * Adds the reports in an uploaded text (one, or several like the bundled compilation).
     *
     * @param stem a name for the stored file
     * @throws LibraryException when the text holds no report, or a report with an id already served
     * @throws UploadLimitException when its reports hold more paragraphs than allowed (nothing is stored)
     */
    public List<Report> add(String stem, String text) {
        Outcome outcome = addAll(List.of(new Incoming(stem, stem, text))).get(0);
        if (!outcome.ok() && outcome.refused().getCause() instanceof UploadLimitException limit) {
            throw limit;
        }
        if (!outcome.ok()) {
            throw outcome.refused();
        }
        return outcome.added();
    }

    /**
     * Adds several uploaded files at once: each is parsed and checked on its own, without waiting for other
     * changes (a refused file does not stop the others, and a report already served or being added by another
     * upload is refused at once); then, one change at a time, all accepted ones are stored, embedded and
     * committed together, the snapshot swapped once, and the stored files confirmed.
     * Files still unrefused when another change holds the library past the write wait are refused as
     * {@link LibraryException.Kind#BUSY}.
     */
    public List<Outcome> addAll(List<Incoming> files) {
        return addAll(files, () -> true);
    }

    /**
     * {@link #addAll(List)} for a client that may go away: {@code waiting} is asked before the files are embedded
     * and once more before they are served; when the client has gone, nothing is added (the index change is
     * undone) and the files are refused as {@link LibraryException.Kind#ABANDONED}.
     */
    public List<Outcome> addAll(List<Incoming> files, BooleanSupplier waiting) {
        LibraryException[] refused = new LibraryException[files.size()];
        List<List<Report>> parsed = new ArrayList<>();
        Set<String> held = new HashSet<>();
        try {
            Map<String, Report> served = current().corpus().reportsById();
            for (int i = 0; i < files.size(); i++) {
                parsed.add(List.of());
                try {
                    parsed.set(i, checks.reportsOf(files.get(i), served));
                    inFlight.hold(parsed.get(i), held);
                } catch (LibraryException e) {
                    refused[i] = e;
                } catch (UploadLimitException e) {
                    refused[i] = new LibraryException(LibraryException.Kind.TOO_LARGE, e);
                }
            }
            if (Arrays.stream(refused).allMatch(Objects::nonNull) || !lockForWrite()) {
                return Additions.unstored(files, refused, LibraryException.busy(maxWriteWait));
            }
            try {
                catchUp();
                return additions.storeAndCommit(files, parsed, refused, waiting);
            } finally {
                changes.unlock();
            }
        } finally {
            inFlight.release(held);
        }
    }

    /** Waits for the other change in progress, but not for ever: a client is told to come back instead. */
    private boolean lockForWrite() {
        try {
            return changes.tryLock(maxWriteWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops serving a report. An uploaded file holding only that report is deleted; otherwise the report is
     * listed as removed, so the file stays as it was.
     */
    public Report remove(String reportId) {
        changes.lock();
        try {
            catchUp();
            Corpus corpus = current().corpus();
            Report r = corpus.report(reportId).orElseThrow(() -> new LibraryException(LibraryException.Kind.UNKNOWN,
                    "没有 id 为 " + reportId + " 的报告 / There is no report with id '" + reportId + "'"));
            boolean alone = corpus.reports().stream().filter(o -> o.sourceFile().equals(r.sourceFile())).count() == 1;
            if (SourceStore.isUpload(r.sourceFile()) && alone) {
                sources.discard(r.sourceFile());
            } else {
                sources.markRemoved(CorpusLoader.removalKey(r));
            }
            String version = sources.version();
            Corpus next = reload();
            index.update(next, Set.of(reportId), List.of());
            swap(next, version);
            return r;
        } finally {
            changes.unlock();
        }
    }

    /**
     * Takes up reports that other instances sharing the sources added or removed: when the sources' version has
     * moved, reloads the corpus and swaps the snapshot. Nothing is embedded or indexed, since the instance that
     * made the change has indexed it already.
     *
     * @return whether the snapshot was replaced
     */
    public boolean refresh() {
        changes.lock();
        try {
            return catchUp();
        } finally {
            changes.unlock();
        }
    }

    private boolean catchUp() {
        String version = sources.version();
        if (version.equals(loadedVersion)) {
            return false;
        }
        swap(reload(), version);
        return true;
    }

    Corpus reload() {
        return loader.load(sources.files(), sources.removed());
    }

    void swap(Corpus next, String version) {
        current.set(new Snapshot(next, assemble.apply(next)));
        loadedVersion = version;
    }

    static List<Passage> passagesOf(Corpus corpus, List<Report> reports) {
        Set<String> ids = reports.stream().map(Report::id).collect(java.util.stream.Collectors.toSet());
        return corpus.passages().stream().filter(p -> ids.contains(p.reportId())).toList();
    }
}
