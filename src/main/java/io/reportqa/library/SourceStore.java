package io.reportqa.library;

import io.reportqa.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** Stores an uploaded report's text under a new name derived from {@code stem}; returns that name. */
    String store(String stem, String text);

    /** Forgets a stored upload, e.g. when its report could not be indexed; other names are left alone. */
    void discard(String sourceName);

    /** @param key {@link io.reportqa.ingest.CorpusLoader#removalKey} of the report */
    void markRemoved(String key);

    /**
     * A cheap token that changes whenever uploads or removals change (through this store or any other sharing
     * the same place), so a reader can tell whether the corpus needs loading again.
     */
    String version();

    /** Longest stored stem, in characters (a Chinese character takes three of a file name's 255 bytes). */
    int MAX_STEM = 60;

    /**
     * {@code stem} as a safe file name stem: Chinese characters, ASCII letters, digits, dot, dash and underscore,
     * no leading dot, at most {@link #MAX_STEM} characters.
     */
    static String safeStem(String stem) {
        String safe = stem.replaceAll("[^\\p{IsHan}A-Za-z0-9._-]", "_");
        safe = safe.length() > MAX_STEM ? safe.substring(0, MAX_STEM) : safe;
        return safe.isEmpty() || safe.startsWith(".") ? "report" + safe : safe;
    }

    /** A short fixed-length token for a description of the sources' state, however long. */
    static String digest(String state) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True for a stored upload, which can be deleted outright when it holds nothing else. */
    static boolean isUpload(String sourceName) {
        return sourceName.startsWith(UPLOADS + "/");
    }
}
