package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, 0).stream().map(Sentence::text).toList();
    }

    @Test
    void should_split_on_chinese_and_ascii_terminators_but_not_on_decimal_points() {
        assertEquals(List.of("地区生产总值增长8.2%。", "规上工业增长9.1%;", "成效明显!", "还有吗?", "好"),
                split("地区生产总值增长8.2%。规上工业增长9.1%;成效明显!还有吗?好"));
    }

    @Test
    void should_not_split_inside_quotation_marks_and_keep_the_closing_quote() {
        assertEquals(List.of("提出“稳中求进。再上台阶。”的要求。", "下一句。"),
                split("提出“稳中求进。再上台阶。”的要求。下一句。"));
    }

    @Test
    void should_report_offsets_shifted_by_the_base() {
        List<Sentence> s = splitter.split(" 甲。 乙。", 100);
        assertEquals(new Sentence("甲。", 101, 103), s.get(0));
        assertEquals(new Sentence("乙。", 104, 106), s.get(1));
    }
}
