package io.reportqa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's name outlives its removal marks: upload a file of two reports, remove both (the first is marked removed,
 * the second takes the file with it), upload the first again under the same name. It used to come back hidden by
 * the stale mark (an empty add, a 500, a file nobody could delete).
 */
class ReuploadTest {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path data;

    /** The fixture compilation with its two places renamed: one file, two reports not served yet. */
    static String twoReports() throws Exception {
        return Files.readString(CORPUS.resolve("compilation-2023.txt"), StandardCharsets.UTF_8)
                .replace("白河区", "东湖区").replace("白河", "东湖").replace("金沙县", "玉山县");
    }

    /** The first of {@link #twoReports} alone, in the same compilation layout. */
    static String firstReport() throws Exception {
        String two = twoReports();
        return two.substring(0, two.indexOf("2023年玉山县政府工作报告")) + "\n";
    }

    @Test
    void should_serve_a_report_uploaded_again_under_the_name_of_a_file_whose_reports_were_all_removed()
            throws Exception {
        ReportSources sources = new ReportSources(CORPUS, data);
        CorpusLoader loader = new CorpusLoader(new Chunker(300));
        Library library = Library.open(sources, loader, (removed, added) -> { }, c -> null);

        List<Report> both = library.add("pair", twoReports());
        assertEquals(2, both.size(), both.toString());
        String a = both.get(0).id();
        String b = both.get(1).id();
        library.remove(a);
        library.remove(b);
        assertFalse(Files.exists(data.resolve("uploads/pair.txt")), "the emptied file is deleted");

        List<Report> again = library.add("pair", firstReport());
        assertEquals(List.of(a), again.stream().map(Report::id).toList());
        assertTrue(library.current().corpus().report(a).isPresent());
        assertEquals(List.of(), List.copyOf(sources.removed()), "no removal mark outlives its file");

        library.remove(a);
        assertFalse(library.current().corpus().report(a).isPresent());
        assertFalse(Files.exists(data.resolve("uploads/pair.txt")));
    }
}
