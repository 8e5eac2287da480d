package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents built to cost a parser minutes of CPU or its stack are refused, each with the limit it hit; the
 * timeouts only guard against a hang, the assertions are on the refusal.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DocumentBombsTest {

    private static final ParseLimits LIMITS = new ParseLimits(256, 50, 64L * 1024 * 1024, Duration.ofSeconds(2));

    private static DocumentLimitException refusal(byte[] bytes, DocumentFormat format) {
        return assertThrows(DocumentLimitException.class, () -> DocumentText.of(bytes, format, LIMITS));
    }

    @Test
    void should_refuse_html_nested_past_the_depth_limit() {
        DocumentLimitException e = refusal(DocumentBombs.nestedHtml(20_000), DocumentFormat.HTML);
        assertEquals(DocumentLimitException.Kind.DEPTH, e.kind());
        assertEquals("reportqa.limits.max-nesting-depth", e.setting());
        assertTrue(e.getMessage().contains("256"), e.getMessage());
    }

    @Test
    void should_read_html_nested_within_the_limit() {
        String text = DocumentText.of(DocumentBombs.nestedHtml(200), DocumentFormat.HTML, LIMITS);
        assertEquals("2023年松溪县政府工作报告", text);
    }

    @Test
    void should_refuse_markdown_quotes_nested_past_the_depth_limit() {
        DocumentLimitException e = refusal(DocumentBombs.nestedMarkdown(3_000), DocumentFormat.MARKDOWN);
        assertEquals(DocumentLimitException.Kind.DEPTH, e.kind());
    }

    @Test
    void should_refuse_a_pdf_whose_pages_share_one_huge_stream_when_its_time_is_up() throws Exception {
        byte[] pdf = DocumentBombs.sharedStreamPdf(40, 200_000);
        assertTrue(pdf.length < 200_000, "a small file: " + pdf.length + " bytes");
        DocumentLimitException e = refusal(pdf, DocumentFormat.PDF);
        assertEquals(DocumentLimitException.Kind.TIME, e.kind());
        assertEquals("reportqa.limits.max-parse-time", e.setting());
    }

    @Test
    void should_refuse_a_pdf_with_more_pages_than_allowed() throws Exception {
        DocumentLimitException e = refusal(DocumentBombs.blankPdf(51), DocumentFormat.PDF);
        assertEquals(DocumentLimitException.Kind.SIZE, e.kind());
        assertEquals("reportqa.limits.max-pdf-pages", e.setting());
        assertTrue(e.getMessage().contains("51"), e.getMessage());
    }

    @Test
    void should_refuse_pdfs_with_deeply_nested_arrays_or_dictionaries_as_too_deep() {
        for (boolean dictionaries : new boolean[] {false, true}) {
            DocumentLimitException e = refusal(DocumentBombs.nestedPdf(20_000, dictionaries), DocumentFormat.PDF);
            assertEquals(DocumentLimitException.Kind.DEPTH, e.kind(), "dictionaries: " + dictionaries);
        }
    }

    @Test
    void should_read_a_pdf_nested_a_little() {
        String text = DocumentText.of(DocumentBombs.nestedPdf(50, true), DocumentFormat.PDF, LIMITS);
        assertEquals("", text.strip());
    }
}
