package io.reportqa.library;

import io.reportqa.answer.QaService;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.ingest.SourceFile;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
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

    private final SourceStore sources;
    private final CorpusLoader loader;
    private final PassageWriter index;
    private final Function<Corpus, QaService> assemble;
    private final AtomicReference<Snapshot> current;
    private final ReentrantLock changes = new ReentrantLock();
    /** The sources' version the current snapshot was loaded at; guarded by {@link #changes}. */
    private String loadedVersion;

    /** Paragraphs one upload may hold when the caller does not say ({@code reportqa.limits.max-upload-paragraphs}). */
    public static final int DEFAULT_MAX_UPLOAD_PARAGRAPHS = 20_000;

    private final int maxUploadParagraphs;

    /**
     * @param initial the corpus as loaded from {@code sources}
     * @param initialVersion {@link SourceStore#version()} read before {@code initial} was loaded, so a change made
     *     while it was loading is taken up by the next {@link #refresh}
     */
    public Library(SourceStore sources, CorpusLoader loader, PassageWriter index, Function<Corpus, QaService> assemble,
            Corpus initial, String initialVersion) {
        this(sources, loader, index, assemble, initial, initialVersion, DEFAULT_MAX_UPLOAD_PARAGRAPHS);
    }

    /** @param maxUploadParagraphs paragraphs one upload may hold in all its reports; more is refused */
    public Library(SourceStore sources, CorpusLoader loader, PassageWriter index, Function<Corpus, QaService> assemble,
            Corpus initial, String initialVersion, int maxUploadParagraphs) {
        this.maxUploadParagraphs = maxUploadParagraphs;
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
                version);
    }

    public Snapshot current() {
        return current.get();
    }

    /**
     * Adds the reports in an uploaded text (one, or several like the bundled compilation).
     *
     * @param stem a name for the stored file
     * @throws LibraryException when the text holds no report, or a report with an id already served
     * @throws UploadLimitException when its reports hold more paragraphs than allowed (nothing is stored)
     */
    public List<Report> add(String stem, String text) {
        changes.lock();
        try {
            catchUp();
            List<Report> incoming = loader.reportsIn(new SourceFile(SourceStore.UPLOADS + "/" + stem + ".txt", text));
            if (incoming.isEmpty() || incoming.stream().anyMatch(r -> r.place().name().isEmpty() || r.year() < 1949)) {
                throw new LibraryException(LibraryException.Kind.NO_REPORT,
                        "找不到报告标题（如“2023年某某市政府工作报告”） / no report title found in the document");
            }
            UploadLimitException.checkParagraphs(incoming, maxUploadParagraphs);
            for (Report r : incoming) {
                if (current().corpus().report(r.id()).isPresent()) {
                    throw new LibraryException(LibraryException.Kind.DUPLICATE, "报告 " + r.id()
                            + " 已存在，请先删除 / report '" + r.id() + "' exists already; delete it first");
                }
            }
            String stored = sources.store(stem, text);
            try {
                String version = sources.version();
                Corpus next = reload();
                List<Report> added = next.reports().stream().filter(r -> r.sourceFile().equals(stored)).toList();
                if (added.isEmpty()) {
                    throw new LibraryException(LibraryException.Kind.NO_REPORT, "文件中的报告未能加入 / none of the "
                            + "file's reports could be served once stored");
                }
                index.update(Set.of(), passagesOf(next, added));
                swap(next, version);
                return added;
            } catch (RuntimeException e) {
                sources.discard(stored);
                throw e;
            }
        } finally {
            changes.unlock();
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
            index.update(Set.of(reportId), List.of());
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

    private Corpus reload() {
        return loader.load(sources.files(), sources.removed());
    }

    private void swap(Corpus next, String version) {
        current.set(new Snapshot(next, assemble.apply(next)));
        loadedVersion = version;
    }

    private static List<Passage> passagesOf(Corpus corpus, List<Report> reports) {
        Set<String> ids = reports.stream().map(Report::id).collect(java.util.stream.Collectors.toSet());
        return corpus.passages().stream().filter(p -> ids.contains(p.reportId())).toList();
    }
}
