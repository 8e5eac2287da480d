package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder on a real full file system (a 128 KB tmpfs, mounted for the test where the machine allows it, as
 * our root CI machines do): an upload that does not fit is a 507 problem, leaves no half-written or pending file,
 * and one that fits still goes in.
 */
class FullDiskTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path work;

    private Path data;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        data = Files.createDirectory(work.resolve("data"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", data.toString()),
                "cannot mount a tmpfs here (not root?)");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", data.toString());
    }

    @Test
    void should_refuse_an_upload_that_does_not_fit_with_a_507_and_leave_nothing_behind() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        Library library = Library.open(sources, new CorpusLoader(new Chunker(300)), (removed, added) -> { }, c -> null);
        ReportUploads uploads = new ReportUploads(library, 10 << 20);
        byte[] large = UploadLimitsTest.reportWith(3_000).getBytes(StandardCharsets.UTF_8);
        assertTrue(large.length > 128 * 1024, "larger than the disk: " + large.length);

        ReportUploads.Result full = uploads.add(new ReportUploads.File("songxi.txt", null, large));

        assertEquals(507, full.status(), full.detail());
        assertEquals("insufficient-storage", full.type());
        assertTrue(full.detail().contains("No space left on device"), full.detail());
        assertEquals(List.of(), files(), "no .tmp, no pending mark, no upload");
        assertFalse(library.current().corpus().report("songxi-2023").isPresent());

        byte[] small = Files.readAllBytes(Path.of("src/test/resources/uploads/songxi-2023.txt"));
        assertEquals(201, uploads.add(new ReportUploads.File("songxi.txt", null, small)).status());
        assertEquals(List.of("uploads/songxi.txt"), files());
    }

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile).map(p -> data.relativize(p).toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
