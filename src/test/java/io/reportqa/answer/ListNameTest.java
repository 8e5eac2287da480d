package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The name a list question gives, and the sentence that spells that list out rather than naming it. */
class ListNameTest {

    @Test
    void should_read_the_name_counted_or_quoted_in_the_question() {
        assertEquals(Optional.of(new ListName("先导产业")), ListName.of("某市的三大先导产业是哪三个？"));
        assertEquals(Optional.of(new ListName("战略")), ListName.of("报告里说深入实施的“三大战略”是哪三个？"));
        assertEquals(Optional.of(new ListName("重点城建项目")), ListName.of("某市的“四大重点城建项目”是哪四个?"));
        assertEquals(Optional.of(new ListName("产业")), ListName.of("某省已经迈入万亿级规模的是哪3个产业？"));
        assertEquals(Optional.empty(), ListName.of("某市2022年重点做好哪些工作?"));
    }

    @Test
    void should_tell_the_sentence_that_lays_the_list_out_from_one_that_names_it() {
        ListName name = new ListName("先导产业");

        assertTrue(name.laidOutIn("集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元。"));
        assertFalse(name.laidOutIn("全力落实三大先导产业新一轮“上海方案”，出台实施区块链、低空经济、大飞机等产业支持政策。"));
        assertFalse(name.laidOutIn("启动运行总规模1000亿元的三大先导产业母基金。"));
    }

    @Test
    void should_take_items_after_a_colon_but_not_after_a_comma() {
        ListName name = new ListName("重点城建项目");

        assertTrue(name.laidOutIn("四大重点城建项目即：庞公滨江生态商务区、襄阳古城、襄水岸线、岘山城市中央公园。"));
        assertFalse(name.laidOutIn("高标准实施滨江商务区等“四大重点城建项目”,大手笔建设汉江生态城、樊城滨江商务带。"));
        assertTrue(name.laidOutIn("系统推进重大项目,滨江生态商务区、古城保护与利用、岸线生态修复提升、城市中央公园“四大重点城建项目”高起点规划。"));
    }

    @Test
    void should_take_a_quoted_character_as_the_mark_each_item_carries() {
        ListName mark = ListName.of("某市今后五年的主要任务提出要实现哪几个“大”?").orElseThrow();

        assertTrue(mark.headsItem("一是实现经济实力大跨越。"));
        assertTrue(mark.headsItem("六是实现治理能力大提升。"));
        // Not an item of a numbered sequence, or the mark only past the item's heading clause.
        assertFalse(mark.headsItem("擦亮纺织服装、生物医药省级重点扶持产业招牌,打造4个500亿级现代产业集群。"));
        assertFalse(mark.headsItem("三是突出产业投资,推动一批大项目开工。"));
        // A single character never counts as a list laid out inline: it is in too many sentences.
        assertFalse(mark.laidOutIn("加快建设大平台、大通道、大产业。"));
    }
}
