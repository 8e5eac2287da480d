package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Place;
import io.reportqa.model.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sentence answers only when it names the measure, holds a value of the class asked, and speaks of the year. */
class AnswerCheckTest {

    private static final Report REPORT = new Report("r-2022", "2022年某市政府工作报告", "", new Place("某市", "某", "市"),
            LocalDate.of(2022, 1, 20), "", "f", List.of());
    private static final Paragraph REVIEW = paragraph(1, "一、2021年工作回顾");
    private static final Paragraph PLAN = paragraph(2, "二、2022年工作安排");
    private final AnswerCheck check = new AnswerCheck(Map.of(REPORT.id(), REPORT));
    private final AskedReader reader = new AskedReader(t -> t.replace("某市", " "));

    private static Paragraph paragraph(int n, String part) {
        return new Paragraph("r-2022/p" + n, "r-2022", n, ParagraphKind.TEXT, part, "", "", 0, 0, List.of());
    }

    private boolean passes(String question, Paragraph p, String sentence) {
        Asked a = reader.read(new Question(question, "", Map.of(), List.of(), OptionalInt.empty(), Question.Period.ANY));
        return check.passes(a, p, sentence);
    }

    @Test
    void should_not_answer_a_total_with_a_growth() {
        String growth = "全年地区生产总值增长8.2%,其中规上工业增加值增长12.5%";
        assertFalse(passes("某市2021年地区生产总值总量是多少亿元?", REVIEW, growth));
        assertTrue(passes("某市2021年地区生产总值总量是多少亿元?", REVIEW, "地区生产总值27584亿元、增长5.8%"));
        assertTrue(passes("某市2021年GDP增长了多少?", REVIEW, growth));
    }

    @Test
    void should_not_answer_one_measure_with_another() {
        String jobs = "城镇新增就业3.94万人,零就业家庭动态清零";
        assertFalse(passes("某市2021年城镇登记失业率是多少?", REVIEW, jobs));
        assertTrue(passes("某市2021年城镇登记失业率是多少?", REVIEW, "登记失业率控制在2.9%"));
        assertFalse(passes("某市2021年城镇登记失业率是多少?", REVIEW, "城镇调查失业率控制在5.5%以内"));
        assertFalse(passes("某市的森林覆盖率是多少?", REVIEW, "全面推行林长制,加强森林资源保护"));
        assertFalse(passes("某市三江源国家公园的面积有多少万平方公里?", REVIEW, "高水平建设三江源国家公园"));
    }

    @Test
    void should_read_full_width_figures_of_older_reports() {
        assertTrue(passes("某市2021年农民人均纯收入增长了多少?", REVIEW, "农民人均纯收入３０９．８元，比上年增长１４．７％"));
    }

    @Test
    void should_match_a_measure_by_its_synonym() {
        assertTrue(passes("某市2021年细颗粒物平均浓度是多少?", REVIEW, "全省PM2.5平均浓度38.8微克/立方米"));
        assertTrue(passes("某市2021年全市经济总量是多少?", REVIEW, "2021年,全市生产总值2581.3亿元"));
    }

    @Test
    void should_tell_a_past_result_from_this_year_target() {
        String target = "地区生产总值增长5.5%以上";
        String result = "地区生产总值27584亿元、增长5.8%";
        assertFalse(passes("某市2021年地区生产总值增长了多少?", PLAN, target));
        assertTrue(passes("某市2021年地区生产总值增长了多少?", REVIEW, result));
        assertTrue(passes("某市2022年地区生产总值预期增长多少?", PLAN, target));
        assertFalse(passes("某市2022年地区生产总值实际增长了多少?", PLAN, target));
        assertFalse(passes("某市2023年地区生产总值增长目标是多少?", PLAN, target));
    }

    @Test
    void should_give_sentences_the_years_of_their_part_or_their_own() {
        assertEquals(Set.of(2021), SentencePeriod.of(REPORT, REVIEW, "粮食产量稳定").years());
        assertEquals(Set.of(2022), SentencePeriod.of(REPORT, PLAN, "粮食产量稳定在480亿斤左右").years());
        assertEquals(SentencePeriod.Mode.TARGET, SentencePeriod.of(REPORT, PLAN, "粮食产量稳定在480亿斤左右").mode());
        assertEquals(Set.of(2021), SentencePeriod.of(REPORT, PLAN, "去年粮食产量达到480亿斤").years());
        assertEquals(SentencePeriod.Mode.RESULT, SentencePeriod.of(REPORT, PLAN, "2021年粮食产量达到480亿斤").mode());
    }

    @Test
    void should_not_answer_how_many_with_a_sentence_that_holds_no_figure() {
        String noFigure = "今年城镇新增就业要在实现预期目标的基础上，力争达到近几年的实际规模";
        assertFalse(passes("某市2022年城镇新增就业的预期目标是多少？", PLAN, noFigure));
        assertTrue(passes("某市2022年城镇新增就业的预期目标是多少？", PLAN, "城镇新增就业1100万人以上"));
    }

    @Test
    void should_take_a_rank_or_a_grade_as_the_figure_asked_for() {
        assertTrue(passes("某市对东江湖的水质提出了什么要求,要保持在几类?", PLAN, "确保东江湖水质稳定保持I类"));
        assertFalse(passes("某市对东江湖的水质提出了什么要求,要保持在几类?", PLAN, "持续改善东江湖水质"));
        assertTrue(passes("某市高速公路里程在全国排第几?", REVIEW, "高速公路里程跃升到第二位"));
    }

    @Test
    void should_hold_a_counted_thing_to_its_name() {
        String other = "全年共批准中外合资经营企业七百四十一个，超过前五年的总和";
        assertFalse(passes("某市2021年进一步开放了多少个沿海港口城市？", REVIEW, other));
        assertTrue(passes("某市2021年进一步开放了多少个沿海港口城市？", REVIEW, "进一步开放大连、天津等十四个沿海港口城市"));
    }

    @Test
    void should_find_a_list_items_qualifier_in_the_headings_it_sits_under() {
        String q = "某市今后五年的主要任务提出要实现哪几个“大”?";
        Paragraph tasks = new Paragraph("r-2022/p3", "r-2022", 3, ParagraphKind.TEXT, "二、今后五年奋斗目标和主要任务", "", "",
                0, 0, List.of(), false);
        Paragraph plan = paragraph(4, "三、2022年主要工作");
        // 哪几个 counts the items: an item needs no count of its own.
        assertTrue(passes(q, tasks, "一是实现经济实力大跨越。"));
        assertFalse(passes(q, plan, "一是实现经济实力大跨越。"));
    }

    @Test
    void should_refuse_a_compound_whose_qualifier_the_report_never_uses() {
        Report fujian = report("fj-2025", "全省接待旅游总人数6.5亿人次、游客旅游总花费8350亿元。“小三通”客运航线年客流量达136万人次。");
        Report hunan = report("hn-2025", "张家界入境游客量居中西部地级城市首位。全年接待入境游客120万人次。");
        AnswerCheck both = new AnswerCheck(Map.of(fujian.id(), fujian, hunan.id(), hunan));
        Asked a = reader.read(new Question("某市2024年接待入境游客多少万人次？", "", Map.of(), List.of(), OptionalInt.empty(),
                Question.Period.ANY));
        assertFalse(both.passes(a, fujian.paragraphs().get(0), "“小三通”客运航线年客流量达136万人次"));
        assertTrue(both.passes(a, hunan.paragraphs().get(0), "全年接待入境游客120万人次"));
        // A report that writes of 入境 and of 游客, but not of this: visitors of every kind are another thing.
        Report jiangsu = report("js-2025", "接待境内外游客超10.9亿人次。优化境外游客入境旅游产品和服务。");
        AnswerCheck three = new AnswerCheck(Map.of(fujian.id(), fujian, hunan.id(), hunan, jiangsu.id(), jiangsu));
        assertFalse(three.passes(a, jiangsu.paragraphs().get(0), "接待境内外游客超10.9亿人次"));
    }

    private static Report report(String id, String text) {
        Paragraph p = new Paragraph(id + "/p1", id, 1, ParagraphKind.TEXT, "一、2024年工作回顾", "", text, 0, text.length(),
                List.of(), false);
        return new Report(id, "2025年某省政府工作报告", "", new Place("某省", "某", "省"), LocalDate.of(2025, 1, 20), "", "f",
                List.of(p));
    }

    @Test
    void should_not_answer_a_year_outside_the_reports_reach() {
        // A sentence naming no year of its own speaks of its report's years, not of 1945; nor does one that
        // names 1954 in full-width figures.
        assertFalse(passes("全国1945年的森林覆盖率是多少?", REVIEW, "森林覆盖率达到20%"));
        assertFalse(passes("全国1945年的粮食产量达到多少了?", REVIEW, "粮食总产量达到３６８０亿斤,比１９５４年增长９％"));
        assertTrue(passes("全国2021年的粮食产量达到多少了?", REVIEW, "粮食总产量达到１３６５７亿斤,比上年增长２％"));
    }
}
