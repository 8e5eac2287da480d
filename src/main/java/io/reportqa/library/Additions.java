package io.reportqa.library;

import io.reportqa.ingest.Corpus;
import io.reportqa.library.Library.Incoming;
import io.reportqa.library.Library.Outcome;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The write half of {@link Library#addAll}: stores the accepted files, embeds and commits their reports in one
 * index change, swaps the snapshot, and confirms the stored files; a file is confirmed only once its reports are
 * served, and nothing is served when the client went away first.
 */
final class Additions {

    private static final System.Logger LOG = System.getLogger(Additions.class.getName());

    private final Library library;

    Additions(Library library) {
        this.library = library;
    }

    /** Stores the accepted files, commits them together and confirms them; called holding the change lock. */
    List<Outcome> storeAndCommit(List<Incoming> files, List<List<Report>> parsed, LibraryException[] refused,
            BooleanSupplier waiting) {
        String[] stored = new String[files.size()];
        Map<String, Report> served = library.current().corpus().reportsById();
        for (int i = 0; i < files.size(); i++) {
            if (refused[i] == null) {
                try {
                    // Served by a change that was committed while this upload waited for its turn.
                    parsed.get(i).forEach(r -> UploadCheck.refuseServed(r, served));
                    stored[i] = store(files.get(i));
                } catch (LibraryException e) {
                    refused[i] = e;
                }
            }
        }
        List<String> names = Arrays.stream(stored).filter(Objects::nonNull).toList();
        Map<String, List<Report>> added = Map.of();
        try {
            added = names.isEmpty() ? Map.of() : commit(names, waiting);
        } catch (LibraryException e) {
            if (e.kind() != LibraryException.Kind.ABANDONED) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "the client of {0} went away before it was told; nothing was added",
                    names);
            for (int i = 0; i < files.size(); i++) {
                refused[i] = stored[i] == null ? refused[i] : e;
                stored[i] = null;
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<Report> ofFile = stored[i] == null ? List.of() : added.getOrDefault(stored[i], List.of());
            if (stored[i] != null && ofFile.isEmpty()) {
                // Stored, yet none of its reports is served (hidden by another with its id): not an add.
                library.sources.discard(stored[i]);
                refused[i] = new LibraryException(LibraryException.Kind.NO_REPORT, "文件中的报告未能加入 / none of "
                        + "the file's reports could be served once stored");
            } else if (stored[i] != null) {
                library.sources.confirm(stored[i]);
            }
            out.add(new Outcome(files.get(i), ofFile, refused[i]));
        }
        return out;
    }

    /** A file that cannot be written (a full disk) is refused alone; nothing of it is left behind. */
    private String store(Incoming f) {
        try {
            return library.sources.store(f.stem(), f.text());
        } catch (java.io.UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot store the upload {0}: {1}", f.label(), e.getMessage());
            throw LibraryException.storage(e);
        }
    }

    /** Nothing stored: each file's refusal, or busy for a file not refused already (its client may try again). */
    static List<Outcome> unstored(List<Incoming> files, LibraryException[] refused, LibraryException busy) {
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            out.add(new Outcome(files.get(i), List.of(), refused[i] == null ? busy : refused[i]));
        }
        return out;
    }

    /** Stores nothing itself: parses the sources with the new files, indexes their reports and swaps. */
    private Map<String, List<Report>> commit(List<String> storedNames, BooleanSupplier waiting) {
        try {
            String version = library.sources.version();
            Corpus next = library.reload();
            Set<String> names = Set.copyOf(storedNames);
            List<Report> added = next.reports().stream().filter(r -> names.contains(r.sourceFile())).toList();
            List<Passage> passages = Library.passagesOf(next, added);
            LOG.log(System.Logger.Level.INFO, "adding {0} uploaded reports ({1} passages)", added.size(),
                    passages.size());
            if (!waiting.getAsBoolean()) {
                throw LibraryException.abandoned();
            }
            library.index.update(next, Set.of(), passages);
            if (!waiting.getAsBoolean()) {
                // Never served and never to be confirmed: out of the index again, as if never added.
                library.index.update(library.current().corpus(), added.stream().map(Report::id).toList(), List.of());
                throw LibraryException.abandoned();
            }
            library.swap(next, version);
            Map<String, List<Report>> byFile = new LinkedHashMap<>();
            added.forEach(r -> byFile.computeIfAbsent(r.sourceFile(), k -> new ArrayList<>()).add(r));
            return byFile;
        } catch (RuntimeException e) {
            storedNames.forEach(library.sources::discard);
            throw e;
        }
    }
}
