package io.reportqa.index;

/**
 * Logs embedding progress at every tenth of the work, with rates and time left. Work is counted in characters:
 * passages run from a few characters to 300, so characters foretell the time left better than passages do.
 */
final class BuildProgress {

    private static final System.Logger LOG = System.getLogger(BuildProgress.class.getName());

    private final int totalPassages;
    private final long totalChars;
    private final long startNanos = System.nanoTime();
    private int passages;
    private long chars;
    private int lastDecile;

    BuildProgress(int totalPassages, long totalChars) {
        this.totalPassages = totalPassages;
        this.totalChars = totalChars;
    }

    void advance(int passageCount, long charCount) {
        passages += passageCount;
        chars += charCount;
        int decile = totalChars == 0 ? 10 : (int) (chars * 10 / totalChars);
        if (decile > lastDecile) {
            lastDecile = decile;
            LOG.log(System.Logger.Level.INFO, line());
        }
    }

    String line() {
        double seconds = Math.max(seconds(), 1e-3);
        double charRate = chars / seconds;
        return String.format("embedding %d%% (%d/%d passages, %.1f passages/s, %.0f chars/s, about %.0f s left)",
                percent(), passages, totalPassages, passages / seconds, charRate,
                (totalChars - chars) / Math.max(charRate, 1e-3));
    }

    int percent() {
        return totalChars == 0 ? 100 : (int) (chars * 100 / totalChars);
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
