package io.reportqa.app;

import io.quarkus.runtime.StartupEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Empties the folder where the HTTP layer spools multipart uploads ({@code quarkus.http.body.uploads-directory})
 * when the service starts: a spooled file is deleted when its request ends, so any found at start were left by a
 * process that was killed mid-upload, and nothing will ever read them.
 */
@Singleton
public class SpoolCleaner {

    private static final Logger LOG = Logger.getLogger(SpoolCleaner.class);
    private static final String SETTING = "quarkus.http.body.uploads-directory";

    void onStart(@Observes StartupEvent event) {
        ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).map(Path::of).ifPresent(dir -> {
            int removed = clean(dir);
            if (removed > 0) {
                LOG.infof("removed %d multipart spool files left in %s by a process that stopped mid-upload",
                        removed, dir);
            }
        });
    }

    /** Deletes the regular files directly in {@code dir}; returns how many. */
    static int clean(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(f);
                removed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the multipart spool folder " + dir, e);
        }
        return removed;
    }
}
