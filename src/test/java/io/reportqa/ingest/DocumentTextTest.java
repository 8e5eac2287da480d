package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The same report uploaded as text, Markdown, HTML and PDF parses to the same report. */
class DocumentTextTest {

    private static Report parsed(String file) throws Exception {
        Path p = Path.of("src/test/resources/uploads", file);
        DocumentFormat format = DocumentFormat.of(file, null).orElseThrow();
        String text = DocumentText.of(Files.readAllBytes(p), format);
        List<Report> reports = new ReportParser().parse(new SourceFile(file, text), new FurnitureCounter());
        assertEquals(1, reports.size(), text);
        return reports.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"songxi-2023.txt", "songxi-2023.md", "songxi-2023.html", "songxi-2023.pdf"})
    void should_read_every_format_into_the_same_report(String file) throws Exception {
        Report r = parsed(file);
        assertEquals("songxi-2023", r.id());
        assertEquals("陈明", r.speaker().replace(" ", ""));
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(texts.contains("过去一年,全县地区生产总值完成96.7亿元,增长5.8%。新建高标准农田2.1万亩,茶叶产量达到1.35万吨。"),
                String.join("\n", texts));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("推进竹产业升级,竹木加工产值力争突破30亿元")), String.join("\n", texts));
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.part().startsWith("二、2023年主要任务")));
        assertFalse(String.join("", texts).contains("不是报告内容"));
        assertFalse(String.join("", texts).contains("首页"));
    }

    @Test
    void should_refuse_text_that_is_not_utf8_and_files_that_are_not_pdfs() {
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of(new byte[] {(byte) 0xC4, (byte) 0xE3, (byte) 0xFF},
                DocumentFormat.TEXT));
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of("not a pdf".getBytes(StandardCharsets.UTF_8),
                DocumentFormat.PDF));
    }

    @Test
    void should_tell_the_format_by_name_then_media_type() {
        assertEquals(Optional.of(DocumentFormat.PDF), DocumentFormat.of("报告.PDF", "text/plain"));
        assertEquals(Optional.of(DocumentFormat.HTML), DocumentFormat.of(null, "text/html; charset=utf-8"));
        assertEquals(Optional.of(DocumentFormat.DOCX), DocumentFormat.of("report.docx", "application/octet-stream"));
        assertEquals(Optional.of(DocumentFormat.DOCX), DocumentFormat.of(null, DocumentFormat.DOCX_TYPE));
        assertEquals(Optional.empty(), DocumentFormat.of("report.doc", "application/msword"));
    }
}
