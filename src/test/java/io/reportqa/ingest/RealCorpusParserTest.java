package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Report;
import io.reportqa.model.Sentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RealCorpusParserTest {

    private static Corpus corpus;

    @BeforeAll
    static void parse() {
        corpus = new CorpusLoader(new Chunker(300)).load(Path.of("corpus"));
    }

    @Test
    void should_find_the_fourteen_reports_with_their_metadata() {
        Map<String, Report> byId = corpus.reportsById();
        assertEquals(List.of("delingha-2020", "jiayuguan-2021", "xianyang-2022", "dongli-2022", "tianmen-2022",
                "jizhou-2022", "qinghai-2022", "chenzhou-2022", "hebei-2022", "xiamen-2019", "xiangyang-2022",
                "liaoning-2022", "shawan-2022", "wulanchabu-2021"), List.copyOf(byId.keySet()));

        assertReport(byId.get("delingha-2020"), "德令哈市", "德令哈", "市级", LocalDate.of(2020, 3, 31), "李春生");
        assertReport(byId.get("jiayuguan-2021"), "嘉峪关市", "嘉峪关", "市级", LocalDate.of(2021, 12, 14), "刘凯");
        assertReport(byId.get("xianyang-2022"), "咸阳市", "咸阳", "市级", LocalDate.of(2022, 3, 28), "冷劲松");
        assertReport(byId.get("dongli-2022"), "东丽区", "东丽", "县级", LocalDate.of(2021, 12, 12), "贾堤");
        assertReport(byId.get("jizhou-2022"), "蓟州区", "蓟州", "县级", LocalDate.of(2021, 12, 12), "张建宇");
        assertReport(byId.get("qinghai-2022"), "青海省", "青海", "省级", LocalDate.of(2022, 1, 21), "信长星");
        assertReport(byId.get("chenzhou-2022"), "郴州市", "郴州", "市级", LocalDate.of(2021, 12, 30), "吴巨培");
        assertReport(byId.get("xiamen-2019"), "厦门市", "厦门", "市级", LocalDate.of(2019, 1, 9), "庄稼汉");
        assertReport(byId.get("shawan-2022"), "沙湾市", "沙湾", "市级", LocalDate.of(2022, 1, 24), "俄合拉斯·斯巴达克");
        assertReport(byId.get("wulanchabu-2021"), "乌兰察布市", "乌兰察布", "市级", LocalDate.of(2021, 2, 23), "奇飞云");
        assertEquals("2019年厦门市政府工作报告", byId.get("xiamen-2019").title(), "the site's 2022 title is wrong");
        assertEquals("2022年厦门市政府工作报告", byId.get("xiamen-2019").sourceTitle());
    }

    @Test
    void should_never_keep_web_furniture_as_report_text() {
        List<String> furniture = List.of("来源:", "查看余下全文", "点击查阅", "索引号", "发布机构", "联系我们", "企业入驻",
                "点我投稿", "2025-07-02");
        for (Report r : corpus.reports()) {
            for (Paragraph p : r.paragraphs()) {
                for (String f : furniture) {
                    assertFalse(p.text().contains(f), p.id() + " holds furniture '" + f + "': " + p.text());
                }
            }
        }
        assertEquals(Map.of(Furniture.PUBLICATION_LINE, 4, Furniture.REPEATED_TITLE, 2, Furniture.TRUNCATION_MARK, 2,
                Furniture.METADATA_TABLE, 2, Furniture.MORE_LINK, 1, Furniture.EDITOR_LINE, 2,
                Furniture.PAGE_WIDGET, 2), corpus.furniture().counts());
    }

    @Test
    void should_give_every_paragraph_and_sentence_offsets_that_slice_back_to_its_text() {
        Map<String, String> files = corpus.sources().stream()
                .collect(Collectors.toMap(SourceFile::name, SourceFile::text));
        for (Report r : corpus.reports()) {
            String file = files.get(r.sourceFile());
            for (Paragraph p : r.paragraphs()) {
                assertEquals(p.text(), file.substring(p.start(), p.end()), p.id());
                assertFalse(p.text().isBlank(), p.id());
                for (Sentence s : p.sentences()) {
                    assertEquals(s.text(), file.substring(s.start(), s.end()), p.id());
                }
            }
        }
    }

    @Test
    void should_recover_parts_of_a_report_flattened_onto_one_line() {
        Report liaoning = corpus.report("liaoning-2022").orElseThrow();
        List<String> parts = liaoning.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .map(Paragraph::text).toList();
        assertEquals(List.of("一、2021年工作回顾", "二、2022年工作安排", "三、全面加强政府自身建设"), parts);
        assertTrue(liaoning.paragraphs().size() > 80, "paragraphs recovered: " + liaoning.paragraphs().size());
        assertTrue(liaoning.paragraphs().stream().allMatch(p -> p.text().length() <= 700),
                "a recovered paragraph stays readable");
        Paragraph first = liaoning.paragraphs().get(0);
        assertEquals(ParagraphKind.FRONT, first.kind());
        assertTrue(first.text().startsWith("2022年1月20日在辽宁省第十三届人民代表大会"), first.text());
    }

    @Test
    void should_not_take_a_numbered_phrase_inside_a_sentence_for_a_heading() {
        Report xiamen = corpus.report("xiamen-2019").orElseThrow();
        assertTrue(xiamen.paragraphs().stream().noneMatch(p -> p.section().startsWith("一、二期")));
        assertTrue(xiamen.paragraphs().stream().anyMatch(p -> p.text().contains("滨海旅游浪漫线 一、二期基本建成")));
    }

    @Test
    void should_keep_sections_of_line_based_reports() {
        Report delingha = corpus.report("delingha-2020").orElseThrow();
        Paragraph p = delingha.paragraphs().stream().filter(x -> x.text().contains("农牧业经济基本稳定,增长4.5%"))
                .findFirst().orElseThrow();
        assertEquals("一、2019年工作回顾 > (三)注重提质增效,产业结构优化升级", p.sectionPath());
    }

    @Test
    void should_cut_passages_inside_paragraphs_within_the_size_limit() {
        Map<String, Paragraph> paragraphs = corpus.paragraphsById();
        corpus.passages().forEach(p -> {
            Paragraph parent = paragraphs.get(p.paragraphId());
            assertTrue(p.text().length() <= 300, p.id());
            assertTrue(p.start() >= parent.start() && p.end() <= parent.end(), p.id());
            assertTrue(parent.text().contains(p.text()), p.id());
        });
    }

    private static void assertReport(Report r, String place, String shortName, String level, LocalDate date,
            String speaker) {
        assertEquals(place, r.place().name(), r.id());
        assertEquals(shortName, r.place().shortName(), r.id());
        assertEquals(level, r.place().level(), r.id());
        assertEquals(date, r.date(), r.id());
        assertEquals(speaker, r.speaker(), r.id());
        assertEquals(r.year() + "年" + place + "政府工作报告", r.title());
    }
}
