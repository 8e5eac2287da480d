package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists gathered where reports lay them out: ；-joined items, numbered sections, 一是…二是… across paragraphs. */
class ListGathererTest {

    private final Map<String, Paragraph> byId = new HashMap<>();
    private final ListGatherer lists = new ListGatherer(byId::get);

    private Paragraph add(int n, String section, String... sentences) {
        List<Sentence> s = new ArrayList<>();
        for (String t : sentences) {
            s.add(new Sentence(t, 0, t.length()));
        }
        Paragraph p = new Paragraph("r/p" + n, "r", n, ParagraphKind.TEXT, "三、2022年重点工作", section,
                String.join("", sentences), 0, 0, s);
        byId.put(p.id(), p);
        return p;
    }

    private static Candidate lead(Paragraph p, int index) {
        Sentence s = p.sentences().get(index);
        return new Candidate(p, index, s, s.text(), 1, 1, 1);
    }

    private static List<String> texts(List<Candidate> items) {
        return items.stream().map(c -> c.sentence().text()).toList();
    }

    @Test
    void should_take_the_items_joined_by_semicolons_up_to_the_end_of_the_enumeration() {
        Paragraph p = add(1, "", "主要预期目标是:地区生产总值增长5.5%以上；", "粮食产量稳定在480亿斤左右；",
                "城镇新增就业45万人左右。", "这些目标的确定,体现了要求。");

        assertEquals(List.of("粮食产量稳定在480亿斤左右；", "城镇新增就业45万人左右。"), texts(lists.gather(lead(p, 0), 0)));
    }

    @Test
    void should_take_the_numbered_sections_after_a_lead_that_announces_them() {
        Paragraph p = add(1, "", "今年主要预期目标是增长7%左右。", "重点做好以下3个方面工作:");
        add(2, "一、稳增长", "一、稳增长,推动高质量发展。", "扩产增效稳工业。");
        add(3, "一、稳增长", "项目支撑扩投资。");
        add(4, "二、促创新", "二、促创新,激活动力源。");
        add(5, "三、惠民生", "三、惠民生,走稳共同富裕之路。");
        add(6, "四、防风险", "四、防风险,统筹发展和安全。");

        assertEquals(List.of("一、稳增长,推动高质量发展。", "二、促创新,激活动力源。", "三、惠民生,走稳共同富裕之路。"),
                texts(lists.gather(lead(p, 1), 3)));
    }

    @Test
    void should_gather_a_numbered_sequence_around_the_item_found() {
        add(1, "", "未来五年的总体目标是:地区生产总值突破1000亿元。");
        add(2, "", "一是实现经济实力大跨越。", "打造产业集群。");
        add(3, "", "力争进入百强。");
        Paragraph third = add(4, "", "二是实现城乡发展大融合。");
        add(5, "", "三是实现改革创新大突破。");
        add(6, "", "做好退役军人服务保障工作。");

        assertEquals(List.of("一是实现经济实力大跨越。", "二是实现城乡发展大融合。", "三是实现改革创新大突破。"),
                texts(lists.sequence(lead(third, 0), 0)));
    }
}
