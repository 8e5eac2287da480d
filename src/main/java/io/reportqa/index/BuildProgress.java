package io.reportqa.index;

/** Logs indexing progress at every tenth of the work, with rate and time left. */
final class BuildProgress {

    private static final System.Logger LOG = System.getLogger(BuildProgress.class.getName());

    private final int total;
    private final long startNanos = System.nanoTime();
    private int done;
    private int lastDecile;

    BuildProgress(int total) {
        this.total = total;
    }

    void advance(int count) {
        done += count;
        int decile = total == 0 ? 10 : done * 10 / total;
        if (decile > lastDecile) {
            lastDecile = decile;
            double seconds = seconds();
            double rate = done / Math.max(seconds, 1e-3);
            LOG.log(System.Logger.Level.INFO, String.format("indexing %d%% (%d/%d passages, %.1f/s, about %.0f s left)",
                    done * 100 / Math.max(total, 1), done, total, rate, (total - done) / Math.max(rate, 1e-3)));
        }
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
