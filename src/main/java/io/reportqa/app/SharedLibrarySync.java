package io.reportqa.app;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.library.Library;
import io.reportqa.library.LibrarySync;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * On SolrCloud, other instances add and remove reports in the shared collection: this instance looks for such
 * changes every {@code reportqa.solr.sync-interval} and takes them up. Not before the library is ready (the
 * start-up builds it), and not at all on the embedded index, whose sources only this instance changes.
 */
@Singleton
public class SharedLibrarySync {

    @Inject
    ReportQaConfig config;
    @Inject
    IndexReadiness readiness;
    @Inject
    Provider<Library> library;

    private LibrarySync sync;

    void onStart(@Observes StartupEvent event) {
        if (config.backend() == ReportQaConfig.Backend.SOLR) {
            sync = new LibrarySync(() -> readiness.isReady() ? library.get() : null, config.solr().syncInterval());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (sync != null) {
            sync.close();
        }
    }
}
