package io.reportqa.library;

import io.reportqa.answer.QaService;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.ingest.SourceFile;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Adds several uploaded files at once: each is checked on its own (a refused file does not stop the others),
     * then all accepted ones are stored, parsed, embedded and committed together, and the snapshot swapped once.
     */
    public List<Outcome> addAll(List<Incoming> files) {
        changes.lock();
        try {
            catchUp();
            LibraryException[] refused = new LibraryException[files.size()];
            String[] stored = new String[files.size()];
            Map<String, Report> taken = new HashMap<>(current().corpus().reportsById());
            for (int i = 0; i < files.size(); i++) {
                try {
                    check(files.get(i), taken);
                    stored[i] = sources.store(files.get(i).stem(), files.get(i).text());
                } catch (LibraryException e) {
                    refused[i] = e;
                } catch (UploadLimitException e) {
                    refused[i] = new LibraryException(LibraryException.Kind.TOO_LARGE, e);
                }
            }
            List<String> names = java.util.Arrays.stream(stored).filter(java.util.Objects::nonNull).toList();
            Map<String, List<Report>> added = names.isEmpty() ? Map.of() : commit(names);
            List<Outcome> out = new java.util.ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                List<Report> ofFile = stored[i] == null ? List.of() : added.getOrDefault(stored[i], List.of());
                if (stored[i] != null && ofFile.isEmpty()) {
                    // Stored, yet none of its reports is served (hidden by another with its id): not an add.
                    sources.discard(stored[i]);
                    refused[i] = new LibraryException(LibraryException.Kind.NO_REPORT, "文件中的报告未能加入 / none of "
                            + "the file's reports could be served once stored");
                }
                out.add(new Outcome(files.get(i), ofFile, refused[i]));
            }
            return out;
        } finally {
            changes.unlock();
        }
    }

    /** Refuses a file without a report, with a report that has no body text, or a report already served. */
    private void check(Incoming f, Map<String, Report> taken) {
        List<Report> incoming = loader.reportsIn(new SourceFile(SourceStore.UPLOADS + "/" + f.stem() + ".txt", f.text()));
        if (incoming.isEmpty() || incoming.stream().anyMatch(r -> r.place().name().isEmpty() || r.year() < 1949)) {
            throw new LibraryException(LibraryException.Kind.NO_REPORT,
                    "找不到报告标题（如“2023年某某市政府工作报告”）或其地点、年份 / no report title, place or year found in the document");
        }
        for (Report r : incoming) {
            if (r.paragraphs().stream().noneMatch(p -> p.kind() == ParagraphKind.TEXT)) {
                throw new LibraryException(LibraryException.Kind.NO_BODY, "报告 " + r.id()
                        + " 没有可引用的正文段落（只有标题、日期行或报告人） / report '" + r.id()
                        + "' has no quotable body paragraphs, only a title, dateline or speaker line");
            }
            Report existing = taken.get(r.id());
            if (existing != null && existing.place().name().equals(r.place().name())) {
                throw new LibraryException(LibraryException.Kind.DUPLICATE, "报告 " + r.id()
                        + " 已存在，请先删除 / report '" + r.id() + "' exists already; delete it first");
            }
        }
        UploadLimitException.checkParagraphs(incoming, maxUploadParagraphs);
        incoming.forEach(r -> taken.putIfAbsent(r.id(), r));
    }

    /** Stores nothing itself: parses the sources with the new files, indexes their reports and swaps. */
    private Map<String, List<Report>> commit(java.util.Collection<String> storedNames) {
        try {
            String version = sources.version();
            Corpus next = reload();
            Set<String> names = Set.copyOf(storedNames);
            List<Report> added = next.reports().stream().filter(r -> names.contains(r.sourceFile())).toList();
            index.update(next, Set.of(), passagesOf(next, added));
            swap(next, version);
            Map<String, List<Report>> byFile = new LinkedHashMap<>();
            added.forEach(r -> byFile.computeIfAbsent(r.sourceFile(), k -> new java.util.ArrayList<>()).add(r));
            return byFile;
        } catch (RuntimeException e) {
            storedNames.forEach(sources::discard);
            throw e;
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
