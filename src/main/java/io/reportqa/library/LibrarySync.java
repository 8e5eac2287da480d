package io.reportqa.library;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps a library in step with sources shared by other instances: asks it to {@link Library#refresh} at a fixed
 * delay on one daemon thread. A failed round (the cluster briefly unreachable, say) is logged and the next one
 * tries again, so one bad moment does not stop the instance from ever catching up.
 */
public final class LibrarySync implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LibrarySync.class.getName());

    private final ScheduledExecutorService timer;

    /**
     * @param library the library to refresh; none yet (still starting) skips the round
     */
    public LibrarySync(Supplier<Library> library, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the sync interval must be positive, not " + interval);
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "library-sync");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> round(library), ms, ms, TimeUnit.MILLISECONDS);
    }

    private static void round(Supplier<Library> library) {
        try {
            Library l = library.get();
            if (l != null && l.refresh()) {
                LOG.log(System.Logger.Level.INFO, "took up report changes from other instances: {0} reports now",
                        l.current().corpus().reports().size());
            }
        } catch (RuntimeException e) {
            // Not rethrown: a scheduled task that throws is never run again.
            LOG.log(System.Logger.Level.WARNING, "cannot sync the reports with the shared sources: {0}",
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
