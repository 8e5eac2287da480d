package io.reportqa.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.Encoder;
import io.reportqa.index.VectorBackfill;
import io.reportqa.library.Library;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.jboss.logging.Logger;

/**
 * Builds or opens the index while the service starts, so the first question does not wait for it. By default on
 * a background thread: HTTP (and liveness) is up at once, readiness turns UP when the index is usable, and
 * questions asked before then get 503.
 */
@jakarta.inject.Singleton
public class IndexOnStart {

    private static final Logger LOG = Logger.getLogger(IndexOnStart.class);

    @Inject
    ReportQaConfig config;
    @Inject
    IndexReadiness readiness;
    /** A provider, so that nothing is built before {@link #open} asks for it. */
    @Inject
    Provider<Library> library;
    @Inject
    Provider<Encoder> encoder;
    @Inject
    Provider<VectorBackfill> backfill;

    void onStart(@Observes StartupEvent event) {
        if (config.indexInBackground()) {
            Thread t = new Thread(this::open, "index-on-start");
            t.setDaemon(true);
            t.start();
        } else {
            open();
        }
    }

    private void open() {
        try {
            // The model starts loading at once; asking for the library then parses the corpus and opens (or
            // builds, or brings up to date) the index.
            CompletableFuture<Void> model = CompletableFuture.runAsync(() -> encoder.get().dimension());
            // Alongside, what the first upload and question would load: ready means ready for those too.
            CompletableFuture<Void> warmup = CompletableFuture.runAsync(FirstUseWarmup::run);
            model.join();
            int passages = library.get().current().corpus().passages().size();
            warmup.join();
            if (config.backend() == ReportQaConfig.Backend.LUCENE) {
                VectorBackfill vectors = backfill.get();
                readiness.markReady(passages, vectors::progress);
            } else {
                readiness.markReady(passages);
            }
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            readiness.markFailed(cause.getMessage());
            LOG.error("cannot build or open the index; stopping", cause);
            Quarkus.asyncExit(1);
        }
    }
}
