package io.reportqa.app;

import io.quarkus.runtime.StartupEvent;
import io.reportqa.library.Library;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Builds or opens the index while the service starts, so the first question does not wait for it. */
@jakarta.inject.Singleton
public class IndexOnStart {

    @Inject
    Library library;

    void onStart(@Observes StartupEvent event) {
        // Touching the bean creates it, and with it the corpus, the model and the index.
        library.current();
    }
}
