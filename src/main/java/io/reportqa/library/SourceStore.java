package io.reportqa.library;

import io.reportqa.ingest.SourceFile;
import io.reportqa.ingest.SourceMarks;
import java.util.List;
import java.util.Set;

/**
 * Where the served reports come from: the bundled corpus, reports uploaded since, less the reports removed since
 * (by {@link io.reportqa.ingest.CorpusLoader#removalKey}, since a removed report may share its file with others).
 * Uploaded sources are named {@code uploads/<file>}, so a name tells which can be deleted outright.
 */
public interface SourceStore {

    String UPLOADS = "uploads";

    /** Bundled files first, then uploads, each in name order. */
    List<SourceFile> files();

    /** Removal keys of the reports no longer served. */
    Set<String> removed();

    /**
     * Stores an uploaded report's text under a new name derived from {@code stem}; returns that name. Removal keys
     * left naming that file (see {@link #discard}) are dropped first: they belonged to an earlier file of the same
     * name, and would hide the new file's reports.
     */
    String store(String stem, String text);

    /**
     * Forgets a stored upload, e.g. when its report could not be indexed, or its last served report was removed;
     * other names are left alone. The removal keys naming the file go with it, since a later upload may be
     * stored under the same name.
     */
    void discard(String sourceName);

    /**
     * Makes a stored upload permanent, once its reports are committed to the index and served: the point after
     * which its client is told it was added. Until then a restart drops it ({@link #dropUnconfirmed}). Stores
     * that cannot tell (the shared SolrCloud one) keep every stored upload.
     */
    default void confirm(String sourceName) {
    }

    /**
     * Forgets the uploads stored but never confirmed: the process stopped between storing one and telling its
     * client, so the client was never told it was added. Called at start, before anything reads the sources.
     *
     * @return the names dropped
     */
    default java.util.List<String> dropUnconfirmed() {
        return java.util.List.of();
    }

    /**
     * Takes a stored upload out of the sources because it cannot be served (it no longer parses, or it is over a
     * per-upload limit), keeping it where an operator can look at it when the store can; by default it is
     * discarded.
     *
     * @return where it was put, or empty when it was discarded
     */
    default java.util.Optional<String> quarantine(String sourceName) {
        discard(sourceName);
        return java.util.Optional.empty();
    }

    /** @param key {@link io.reportqa.ingest.CorpusLoader#removalKey} of the report */
    void markRemoved(String key);

    /**
     * A cheap token that changes whenever uploads or removals change (through this store or any other sharing
     * the same place), so a reader can tell whether the corpus needs loading again.
     */
    String version();

    /**
     * The longest stem {@link #safeStem} gives, in characters: a Chinese character takes three of the 255 bytes a
     * file name may have, and a {@code -N} suffix and {@code .txt.tmp} must still fit.
     */
    int MAX_STEM = 60;

    /**
     * {@code stem} as a safe file name stem: Chinese characters, ASCII letters, digits, dot, dash and underscore,
     * no leading dot, at most {@link #MAX_STEM} characters (a longer one keeps its start and ends in a digest of
     * the whole, so long names that differ only at the end stay apart).
     */
    static String safeStem(String stem) {
        String safe = stem.replaceAll("[^\\p{IsHan}A-Za-z0-9._-]", "_");
        safe = safe.isEmpty() || safe.startsWith(".") ? "report" + safe : safe;
        return safe.length() <= MAX_STEM ? safe : safe.substring(0, MAX_STEM - 25) + "-" + digest(stem);
    }

    /** A short fixed-length token for a description of the sources' state, however long. */
    static String digest(String state) {
        return SourceMarks.hex(state, 12);
    }

    /** True when a removal key ({@link io.reportqa.ingest.CorpusLoader#removalKey}: id, tab, file) names the file. */
    static boolean keyNames(String removalKey, String sourceName) {
        return removalKey.endsWith("\t" + sourceName);
    }

    /** True for a stored upload, which can be deleted outright when it holds nothing else. */
    static boolean isUpload(String sourceName) {
        return sourceName.startsWith(UPLOADS + "/");
    }
}
