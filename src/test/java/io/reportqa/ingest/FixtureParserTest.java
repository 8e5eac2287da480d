package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact structure of the small fixture reports, one in each layout the corpus uses. */
class FixtureParserTest {

    private final Corpus corpus = new CorpusLoader(new Chunker(300)).load(Path.of("src/test/resources/fixture-corpus"));

    @Test
    void should_split_a_compilation_and_read_a_web_page_report() {
        assertEquals(List.of("baihe-2023", "jinsha-2023", "qinghe-2023"), List.copyOf(corpus.reportsById().keySet()));
        Report qinghe = corpus.report("qinghe-2023").orElseThrow();
        assertEquals("林远", qinghe.speaker());
        assertEquals("青禾市政府工作报告(2023年1月10日 林远)", qinghe.sourceTitle());
    }

    @Test
    void should_recover_parts_sections_and_paragraphs_of_a_one_line_report() {
        Report baihe = corpus.report("baihe-2023").orElseThrow();
        List<String> outline = baihe.paragraphs().stream()
                .map(p -> p.kind() + "|" + p.sectionPath() + "|" + p.text().substring(0, Math.min(6, p.text().length())))
                .toList();
        assertEquals(List.of(
                "FRONT||2023年1",
                "FRONT||各位代表:现",
                "HEADING|一、2022年工作回顾|一、2022",
                "TEXT|一、2022年工作回顾|过去一年,白",
                "TEXT|一、2022年工作回顾|一是项目建设",
                "TEXT|一、2022年工作回顾|二是营商环境",
                "TEXT|一、2022年工作回顾|三是生态环境",
                "HEADING|二、2023年工作安排|二、2023",
                "TEXT|二、2023年工作安排|今年主要预期",
                "TEXT|二、2023年工作安排 > 一、全力扩大有效投资|一、全力扩大",
                "TEXT|二、2023年工作安排 > 二、提升城市品质|二、提升城市",
                "HEADING|三、加强政府自身建设|三、加强政府",
                "TEXT|三、加强政府自身建设|各位代表,我"), outline);
    }

    @Test
    void should_read_a_short_one_line_report_as_flattened_too() {
        Report jinsha = corpus.report("jinsha-2023").orElseThrow();
        assertEquals(List.of("一、2022年工作回顾", "二、2023年重点工作"), jinsha.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.HEADING).map(Paragraph::text).toList());
        assertEquals("韩露", jinsha.speaker());
    }

    @Test
    void should_mark_front_matter_headings_and_sections_in_a_line_report() {
        Report qinghe = corpus.report("qinghe-2023").orElseThrow();
        Paragraph lowIncome = qinghe.paragraphs().stream().filter(p -> p.text().contains("680元/月")).findFirst()
                .orElseThrow();
        assertEquals("一、2022年工作回顾 > (二)民生保障持续加强", lowIncome.sectionPath());
        assertEquals(ParagraphKind.FRONT, qinghe.paragraphs().get(0).kind());
        assertEquals("——2023年1月10日在青禾市第五届人民代表大会第三次会议上", qinghe.paragraphs().get(0).text());
    }
}
