package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report shapes met in real uploads, as small texts: the structure and metadata each must yield. */
class ReportShapesTest {

    private static Report parse(String text) {
        List<Report> reports = new ReportParser().parse(new SourceFile("r.txt", text), new FurnitureCounter());
        assertEquals(1, reports.size());
        return reports.get(0);
    }

    private static Paragraph paragraph(Report r, String start) {
        return r.paragraphs().stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void should_take_unnumbered_short_lines_as_parts_and_keep_the_appendix_apart() {
        Report r = parse("""
                2025年西藏政府工作报告
                来源：西藏日报
                ——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上
                西藏自治区代理主席 嘎玛泽登
                各位代表：
                现在，我代表自治区人民政府，向大会报告政府工作，请予审议。
                2024年工作回顾
                过去一年，全区地区生产总值增长6.3%。
                2025年工作安排
                今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。
                名词解释
                1.两个确保：确保国家安全和长期执政，确保社会大局稳定。
                """);
        assertEquals("xizang-2025", r.id());
        assertEquals("2025年西藏政府工作报告", r.title());
        assertEquals(LocalDate.of(2025, 1, 19), r.date());
        assertEquals("嘎玛泽登", r.speaker());
        assertEquals("省级", r.place().level());
        assertEquals(ParagraphKind.TEXT, paragraph(r, "现在").kind());
        assertEquals("2024年工作回顾", paragraph(r, "过去一年").part());
        assertEquals("2025年工作安排", paragraph(r, "今年").part());
        Paragraph note = paragraph(r, "1.两个确保");
        assertEquals("名词解释", note.part());
        assertTrue(note.appendix());
        assertFalse(paragraph(r, "今年").appendix());
        assertTrue(r.paragraphs().stream().noneMatch(p -> p.text().startsWith("来源")));
    }

    @Test
    void should_join_a_part_title_broken_over_two_lines_and_read_numbered_items_in_an_appendix_as_sections() {
        Report r = parse("""
                2025年重庆市政府工作报告
                ——2025年1月19日在重庆市第六届人民代表大会第三次会议上
                重庆市人民政府市长 胡衡华
                各位代表：
                一、2024年工作回顾
                过去一年，全市经济稳中向好。
                三、持续提升政府
                治理效能和服务水平
                我们要坚持依法行政。
                附件
                一、稳定和扩大就业
                新增城镇就业60万人。
                """);
        assertEquals("三、持续提升政府治理效能和服务水平", paragraph(r, "我们要").part());
        Paragraph item = paragraph(r, "新增城镇就业");
        assertEquals("附件", item.part());
        assertEquals("一、稳定和扩大就业", item.section());
        assertTrue(item.appendix());
        assertEquals("胡衡华", r.speaker());
    }

    @Test
    void should_read_national_reports_and_speakers_in_their_dateline_variants() {
        Report national = parse("""
                2017年中华人民共和国国务院政府工作报告
                政府工作报告
                ——2017年3月5日在第十二届全国人民代表大会第五次会议上
                国务院总理　李克强
                各位代表：
                过去一年，我国发展面临国内外诸多矛盾叠加的严峻挑战，推动建设统一大市场。
                """);
        assertEquals("quanguo-2017", national.id());
        assertEquals("2017年国务院政府工作报告", national.title());
        assertEquals("全国", national.place().name());
        assertEquals("国家", national.place().level());
        assertEquals("李克强", national.speaker());

        assertEquals("龚正", parse("2025年上海市政府工作报告\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告\n各位代表：\n正文。").speaker());
        assertEquals("张工", parse("2025年天津市政府工作报告\n2025年1月14日在天津市第十八届人民代表大会第三次会议上天津市市长张工同志作政府工作报告。\n各位代表：\n正文。").speaker());
        assertEquals("王莉霞", parse("2025年内蒙古自治区政府工作报告\n——2025年1月14日自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话\n各位代表：\n正文。").speaker());
    }

    @Test
    void should_take_the_place_from_title_dateline_or_office_and_leave_what_is_not_stated_empty() {
        Report province = parse("2025年宁夏政府工作报告\n各位代表：\n正文。");
        assertEquals("宁夏回族自治区", province.place().name());
        assertEquals("宁夏", province.place().shortName());
        assertEquals("", province.speaker());
        assertEquals(null, province.date());

        Report city = parse("2023年吉林市政府工作报告\n各位代表：\n正文。");
        assertEquals("吉林市", city.place().name(), "吉林市 is a city, not 吉林省");
        assertEquals("市级", city.place().level());

        Report county = parse("政府工作报告\n——2022年1月5日在青石县第一届人民代表大会第二次会议上\n县长 张三\n各位代表：\n正文。");
        assertEquals("青石县", county.place().name());
        assertEquals("县级", county.place().level());
        assertEquals("qingshi-2022", county.id());
    }

    @Test
    void should_give_homophone_places_distinct_ids() {
        var corpus = new CorpusLoader(new Chunker(300)).load(List.of(
                new SourceFile("a.txt", "2025年山西省政府工作报告\n各位代表：\n正文。"),
                new SourceFile("b.txt", "2025年陕西省政府工作报告\n各位代表：\n正文。"),
                new SourceFile("c.txt", "2022年咸阳市政府工作报告\n各位代表：\n正文。"),
                new SourceFile("d.txt", "2022年仙阳市政府工作报告\n各位代表：\n正文。")), java.util.Set.of());
        List<String> ids = corpus.reports().stream().map(Report::id).toList();
        assertEquals(4, ids.size(), ids.toString());
        assertEquals("shanxi-2025", ids.get(0));
        assertEquals("shaanxi-2025", ids.get(1));
        assertEquals("xianyang-2022", ids.get(2));
        assertTrue(ids.get(3).matches("xianyang-[0-9a-f]{4}-2022"), ids.get(3));
        assertEquals(2022, corpus.reports().get(3).year());
        assertTrue(corpus.reports().get(3).paragraphs().get(0).id().startsWith(ids.get(3) + "/p"));
    }
}
