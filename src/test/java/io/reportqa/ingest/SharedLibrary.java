package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared library of real reports ({@code ../shared/library} beside the checkout). CI always has it, so
 * there its absence is a failure; elsewhere tests that need it are skipped.
 */
public final class SharedLibrary {

    private SharedLibrary() {
    }

    public static Path folder() {
        Path folder = Path.of(System.getProperty("reportqa.library", "../shared/library"));
        boolean present = Files.isRegularFile(folder.resolve("metadata.tsv"));
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, "the shared library is missing at " + folder.toAbsolutePath());
        }
        assumeTrue(present, "no shared library at " + folder.toAbsolutePath());
        return folder;
    }
}
