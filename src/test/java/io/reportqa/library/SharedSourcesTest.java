package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two libraries over the same report sources (one data folder) stand for two instances: each takes up what the
 * other changed when it refreshes, and only then. No model or index: the writer records what it is asked to do.
 */
class SharedSourcesTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");
    private static final Path SONGXI = Path.of("src/test/resources/uploads/songxi-2023.txt");

    @TempDir
    Path data;

    private final List<String> writes = new ArrayList<>();

    @Test
    void should_change_the_version_with_every_upload_discard_and_removal_and_only_then() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        String empty = sources.version();
        assertEquals(empty, sources.version());

        String name = sources.store("songxi", text());
        String stored = sources.version();
        assertNotEquals(empty, stored);
        sources.markRemoved("qinghe-2023\tqinghe-2023.txt");
        String removed = sources.version();
        assertNotEquals(stored, removed);
        sources.discard(name);
        assertNotEquals(removed, sources.version());
        assertEquals(sources.version(), sources.version());
    }

    /** Issue 17 item 9: a name of 247 characters or more made the file system refuse the file (a 500). */
    @Test
    void should_store_uploads_with_very_long_names_under_bounded_distinct_names() throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        String a = sources.store("报".repeat(300) + "a", text());
        String b = sources.store("报".repeat(300) + "b", text());
        String c = sources.store("x".repeat(1000), text());
        assertNotEquals(a, b);
        for (String name : List.of(a, b, c)) {
            assertTrue(name.length() <= "uploads/".length() + SourceStore.MAX_STEM + "-99.txt".length(), name);
            assertTrue(Files.exists(data.resolve(name)), name);
        }
        assertEquals(SourceStore.safeStem("short-name"), "short-name");
    }

    @Test
    void should_take_up_on_refresh_what_another_library_added_and_removed() throws Exception {
        Library a = library();
        Library b = library();
        int bundled = b.current().corpus().reports().size();

        a.add("songxi", text());
        assertFalse(b.current().corpus().report("songxi-2023").isPresent(), "changed before refreshing");
        assertTrue(b.refresh());
        assertTrue(b.current().corpus().report("songxi-2023").isPresent());
        assertFalse(b.refresh(), "reloaded although nothing changed");

        b.remove("songxi-2023");
        assertTrue(a.refresh());
        assertEquals(bundled, a.current().corpus().reports().size());
        assertEquals(List.of("add songxi-2023", "remove songxi-2023"), writes, "a refresh wrote to the index");
    }

    @Test
    void should_see_a_report_removed_elsewhere_before_removing_it_again() throws Exception {
        Library a = library();
        Library b = library();
        a.add("songxi", text());

        // b has not refreshed, yet removing what a added works: a change starts by catching up.
        b.remove("songxi-2023");
        assertTrue(a.refresh());
        assertFalse(a.current().corpus().report("songxi-2023").isPresent());
    }

    private Library library() {
        PassageWriter recording = (removed, added) -> {
            removed.forEach(id -> writes.add("remove " + id));
            added.stream().map(p -> p.reportId()).distinct().forEach(id -> writes.add("add " + id));
        };
        return Library.open(new ReportSources(CORPUS, data), new CorpusLoader(new Chunker(300)), recording,
                c -> null);
    }

    private static String text() throws Exception {
        return Files.readString(SONGXI, StandardCharsets.UTF_8);
    }
}
