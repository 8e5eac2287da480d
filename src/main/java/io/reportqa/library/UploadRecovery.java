package io.reportqa.library;

import io.reportqa.ingest.CorpusLoader;
import io.reportqa.ingest.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the stored uploads into a state the service can start from, before the corpus is first loaded: uploads
 * no client was told about (the process stopped mid-upload) are dropped, and an upload that cannot be served
 * (it no longer parses, or it is over the per-upload paragraph limit, as one stored by an older version may be)
 * is moved aside and logged, so the start goes on instead of failing on it again and again.
 */
public final class UploadRecovery {

    private static final System.Logger LOG = System.getLogger(UploadRecovery.class.getName());

    private UploadRecovery() {
    }

    /** @return the uploads moved aside, by source name */
    public static List<String> recover(SourceStore sources, CorpusLoader loader, int maxUploadParagraphs) {
        for (String dropped : sources.dropUnconfirmed()) {
            LOG.log(System.Logger.Level.WARNING, "dropped {0}: stored by an upload that never finished, so its "
                    + "client was never told it was added", dropped);
        }
        List<String> moved = new ArrayList<>();
        for (SourceFile f : sources.files()) {
            if (!SourceStore.isUpload(f.name())) {
                continue;
            }
            String problem = problem(f, loader, maxUploadParagraphs);
            if (problem != null) {
                String where = sources.quarantine(f.name()).orElse("nowhere (discarded)");
                LOG.log(System.Logger.Level.ERROR, "moved the upload {0} to {1}; it cannot be served: {2}", f.name(),
                        where, problem);
                moved.add(f.name());
            }
        }
        return moved;
    }

    /** Why the file cannot be served, or null when it can. */
    private static String problem(SourceFile f, CorpusLoader loader, int maxUploadParagraphs) {
        try {
            UploadLimitException.checkParagraphs(loader.reportsIn(f), maxUploadParagraphs);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // Any failure to parse one file must not stop the start: the file is the problem, not the service.
            return String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
