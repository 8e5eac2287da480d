package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The question understood as a value: measure, kind of value, year, result or target, list size, scope. */
class AskedReaderTest {

    private final AskedReader reader = new AskedReader(
            t -> t.replaceAll("德令哈市|德令哈|咸阳市|咸阳|青海省|青海|天门市|天门|辽宁省|辽宁", " "));

    private Asked read(String question) {
        return reader.read(new Question(question, "", Map.of(), List.of(), OptionalInt.empty(), Question.Period.ANY));
    }

    @Test
    void should_read_a_total_in_money_as_a_level_of_the_measure() {
        Asked a = read("德令哈2019年地区生产总值总量是多少亿元?");

        assertEquals(List.of("地区生产总值"), a.focus());
        assertTrue(a.measured());
        assertEquals("money", a.kind());
        assertFalse(a.growth());
        assertEquals(OptionalInt.of(2019), a.year());
    }

    @Test
    void should_read_a_growth_as_a_rate() {
        Asked a = read("辽宁省2021年全省地区生产总值实际增长了多少?");

        assertEquals(List.of("地区生产总值"), a.focus());
        assertEquals("rate", a.kind());
        assertTrue(a.growth());
        assertEquals(Asked.Want.RESULT, a.want());
    }

    @Test
    void should_take_the_class_of_a_measure_from_its_ending() {
        assertEquals("rate", read("咸阳去年的城镇登记失业率控制在多少?").kind());
        assertEquals(List.of("城镇登记失业率"), read("咸阳去年的城镇登记失业率控制在多少?").focus());
        assertEquals(Asked.Relative.LAST_YEAR, read("咸阳去年的城镇登记失业率控制在多少?").relative());
        assertEquals("rate", read("天门市的森林覆盖率达到了多少?").kind());
        Asked park = read("青海三江源国家公园的面积有多少万平方公里?");
        assertEquals(List.of("三江源国家公园", "面积"), park.focus());
        assertEquals("area", park.kind());
    }

    @Test
    void should_read_a_target_and_a_list_size() {
        Asked a = read("咸阳2022年重点做好哪7个方面工作?");
        assertTrue(a.list());
        assertEquals(7, a.listSize());
        assertEquals(7, read("郴州重点抓好哪七个方面的工作?").listSize());
        assertEquals(Asked.Want.TARGET, read("德令哈2020年地区生产总值的预期增长目标是多少?").want());
    }

    @Test
    void should_not_take_review_words_for_target_words() {
        assertEquals(Asked.Want.ANY, read("天门市粮食产量稳定在多少万吨?").want());
        assertEquals(Asked.Want.ANY, read("郴州的主要产业有哪些?").want());
        assertEquals(Asked.Want.TARGET, read("辽宁今年粮食产量要稳定在多少?").want());
    }

    @Test
    void should_list_each_measure_of_a_question_asking_several() {
        Asked a = read("嘉峪关提出到2026年,地区生产总值和一般公共预算收入分别要达到什么水平?");

        assertEquals(List.of("地区生产总值", "一般公共预算收入"), a.measures());
        assertEquals(OptionalInt.of(2026), a.year());
    }

    @Test
    void should_read_the_measure_from_the_words_right_before_the_asking() {
        assertEquals(List.of("茶园面积"), read("<script>alert(1)</script>天门市茶园面积多大?").focus());
        assertEquals(List.of("地区生产总值"), read("经过五年发展,德令哈市地区生产总值达到多少亿元?").focus());
        assertEquals(List.of("社会消费品零售总额"), read("那社会消费品零售总额呢?是增长还是下降?").focus());
    }

    @Test
    void should_keep_the_earlier_measure_when_a_follow_up_changes_only_the_year() {
        Asked a = reader.read(new Question("那2022年呢?", "咸阳2021年全市经济总量是多少?", Map.of(), List.of(),
                OptionalInt.of(2022), Question.Period.ANY));

        assertEquals(List.of("经济总量"), a.focus());
        assertTrue(a.measured());
        assertEquals(OptionalInt.of(2022), a.year());
    }

    @Test
    void should_not_ask_for_an_amount_when_the_question_asks_which_or_who() {
        assertEquals("", read("辽宁提出支持哪座城市建设东北亚海洋强市?").kind());
        assertTrue(read("全国2023年的经济增长目标是多少?").national());
        assertFalse(read("青海三江源国家公园的面积有多少万平方公里?").national());
    }

    @Test
    void should_not_take_the_askers_adverbs_or_the_want_of_主要_for_the_thing_asked() {
        // 一共 says how it is counted; 主要 is not a 要 that asks for a target.
        assertEquals(List.of(), read("那一共有多少农村贫困人口脱了贫?").focus());
        assertEquals(List.of("主要任务"), read("天门今后五年的主要任务提出要实现哪几个“大”?").focus());
    }
}
