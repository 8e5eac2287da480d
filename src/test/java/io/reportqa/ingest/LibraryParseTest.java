package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses every report of the shared library (27 provincial .docx files as published, 51 national texts with their
 * source's furniture) the way an upload is parsed, without embedding, and holds the result to what each text
 * states ({@code metadata.tsv}) and to its body being quotable.
 */
class LibraryParseTest {

    /**
     * Share of a report's paragraphs that must be quotable body text: headings and the salutation (a form of
     * address) are not counted; the opening lines (title, dateline, speaker) count against it.
     */
    private static final double MIN_QUOTABLE = 0.95;
    /** Text that only source furniture carries: licence lines anywhere, source and editor lines at their start. */
    private static final List<String> FURNITURE_ANYWHERE = List.of("Public domain", "公有领域", "维基文库", "分享到");
    private static final List<String> FURNITURE_OPENING = List.of("来源", "责任编辑", "编辑：");

    private static final Map<String, Report> PARSED = new LinkedHashMap<>();
    private static List<String[]> expected;

    @BeforeAll
    static void parseLibrary() throws IOException {
        Path library = SharedLibrary.folder();
        expected = Files.readAllLines(library.resolve("metadata.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        for (String[] row : expected) {
            Path file = library.resolve(row[0]);
            String text = DocumentText.of(Files.readAllBytes(file),
                    DocumentFormat.of(file.getFileName().toString(), null).orElseThrow());
            List<Report> reports = new ReportParser().parse(new SourceFile(row[0], text), new FurnitureCounter());
            assertEquals(1, reports.size(), row[0] + " holds one report");
            PARSED.put(row[0], reports.get(0));
        }
    }

    @Test
    void should_read_title_place_level_year_date_and_speaker_as_each_text_states_them() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : expected) {
            Report r = PARSED.get(row[0]);
            String got = String.join("|", r.title(), r.place().name(), r.place().shortName(), r.place().level(),
                    String.valueOf(r.year()), r.date() == null ? "" : r.date().toString(), r.speaker());
            String want = String.join("|", row[1], row[2], row[3], row[4], row[5], row[6], row[7]);
            if (!got.equals(want)) {
                wrong.add(row[0] + "\n   got  " + got + "\n   want " + want);
            }
        }
        assertEquals(0, wrong.size(), wrong.size() + " of " + expected.size() + " differ:\n" + String.join("\n", wrong));
    }

    @Test
    void should_give_every_report_a_unique_readable_id() {
        Map<String, String> byId = new LinkedHashMap<>();
        for (var e : PARSED.entrySet()) {
            String before = byId.put(e.getValue().id(), e.getKey());
            assertEquals(null, before, e.getValue().id() + " is the id of both " + before + " and " + e.getKey());
            assertTrue(e.getValue().id().matches("[a-z]+-[0-9]{4}"), e.getValue().id());
        }
    }

    @Test
    void should_keep_the_body_quotable_and_free_of_source_furniture() {
        List<String> faults = new ArrayList<>();
        for (var e : PARSED.entrySet()) {
            List<Paragraph> paragraphs = e.getValue().paragraphs();
            long text = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.TEXT).count();
            long front = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.FRONT)
                    .filter(p -> !p.text().startsWith("各位代表")).count();
            double quotable = (double) text / (text + front);
            if (quotable < MIN_QUOTABLE) {
                faults.add(e.getKey() + ": " + text + " body paragraphs, " + front + " front");
            }
            for (Paragraph p : paragraphs) {
                FURNITURE_ANYWHERE.stream().filter(p.text()::contains)
                        .forEach(f -> faults.add(p.id() + " holds '" + f + "': " + p.text()));
                FURNITURE_OPENING.stream().filter(p.text()::startsWith)
                        .forEach(f -> faults.add(p.id() + " opens with '" + f + "': " + p.text()));
            }
            int lastFront = lastIndexOf(paragraphs, ParagraphKind.FRONT);
            int firstText = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.TEXT).findFirst()
                    .map(paragraphs::indexOf).orElse(-1);
            if (firstText < 0 || lastFront > firstText) {
                faults.add(e.getKey() + ": front matter after body text, or no body text");
            }
        }
        assertEquals(0, faults.size(), String.join("\n", faults));
    }

    private static int lastIndexOf(List<Paragraph> paragraphs, ParagraphKind kind) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (paragraphs.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
