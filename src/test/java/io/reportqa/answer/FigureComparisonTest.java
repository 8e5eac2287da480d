package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.answer.FigureComparison.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureComparisonTest {

    @Test
    void should_compare_rates_when_the_question_asks_about_growth() {
        assertEquals(Optional.of("比较：天门市（7.3%[2]）高于咸阳市（6.5%[1]）。"), FigureComparison.state("咸阳和天门哪个增速更高?",
                List.of(new Side("咸阳市", "全市生产总值2581.3亿元,增长6.5%。", 1),
                        new Side("天门市", "实现地区生产总值700亿元,年均增长7.3%。", 2))));
    }

    @Test
    void should_multiply_out_wan_and_yi_before_comparing_amounts() {
        assertEquals(Optional.of("比较：嘉峪关市（3.94万人[1]）多于德令哈市（3000人[2]）。"),
                FigureComparison.state("嘉峪关和德令哈哪个新增就业更多?",
                        List.of(new Side("嘉峪关市", "新增城镇就业3.94万人,登记失业率控制在2.9%。", 1),
                                new Side("德令哈市", "城镇新增就业3000人以上。", 2))));
    }

    @Test
    void should_say_figures_of_different_kinds_are_not_comparable_and_nothing_when_no_comparison_is_asked() {
        List<Side> sides = List.of(new Side("甲", "增长6.5%。", 1), new Side("乙", "总量700亿元。", 2));
        assertEquals(Optional.of("比较：各方找到的数字不是同一类（甲为6.5%[1]，乙为700亿元[2]），无法直接比较。"),
                FigureComparison.state("甲和乙哪个增速更高?", sides));
        assertEquals(Optional.empty(), FigureComparison.state("甲和乙的增速分别是多少?",
                List.of(new Side("甲", "增长6.5%。", 1), new Side("乙", "增长7%。", 2))));
    }

    @Test
    void should_take_the_figure_after_the_measure_asked_about() {
        String hebei = "一般公共预算收入增长8.9%,全省生产总值增长6.5%。";
        String liaoning = "一般公共预算收入增长4.1%,地区生产总值增长5.8%。";
        assertEquals(Optional.of("比较：河北（6.5%[1]）高于辽宁（5.8%[2]）。"), FigureComparison.state("河北和辽宁谁的增速更高?",
                List.of(new Side("河北", hebei, 1, hebei.indexOf("生产总值")),
                        new Side("辽宁", liaoning, 2, liaoning.indexOf("生产总值")))));
    }
}
