package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static final String BLANK_LINE_PARAGRAPHS = "标题\n\n甲。\n\n乙。\n\n丙。\n\n丁。\n\n";

    @Test
    void should_join_lines_a_web_page_broke_inside_a_paragraph() {
        String text = BLANK_LINE_PARAGRAPHS + "我们在听了刘少奇同志\n关于宪法草案的报告\n，并进行了讨论以后。\n\n戊。";
        assertEquals(BLANK_LINE_PARAGRAPHS + "我们在听了刘少奇同志关于宪法草案的报告，并进行了讨论以后。\n\n戊。",
                TextLayout.paragraphsPerLine(text));
    }

    @Test
    void should_keep_breaks_after_sentences_headings_indents_and_furniture() {
        String text = BLANK_LINE_PARAGRAPHS + "一、2024年工作回顾\n过去一年。\n第二句。\n　　现在\n2022-02-22 11:02 来源:日报\n查看余下全文";
        assertEquals(text, TextLayout.paragraphsPerLine(text));
    }

    @Test
    void should_leave_a_text_written_one_paragraph_a_line_as_it_is() {
        String text = "2022年某市政府工作报告\n各位代表:\n一、工作回顾\n过去一年,全市经济\n总量增长";
        assertEquals(text, TextLayout.paragraphsPerLine(text));
    }

    @Test
    void should_drop_lines_of_invisible_characters_so_that_the_lines_around_them_meet() {
        String text = BLANK_LINE_PARAGRAPHS + "政府工作报\n告\n\n国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。\n\u200b\n\n周恩来";
        assertEquals(BLANK_LINE_PARAGRAPHS + "政府工作报告\n\n国内生产总值达到74.4万亿元，增长6.7%。\n\n周恩来",
                TextLayout.paragraphsPerLine(text));
    }

    @Test
    void should_close_up_figures_typeset_letter_spaced_and_leave_single_spaces_alone() {
        assertEquals("1997年国内生产总值达到74772亿元，平均每年增长11％，电话交换机总容量达到1．1亿门。",
                TextLayout.paragraphsPerLine("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％，电话交换机总容量达到1 ．1 亿门。"));
        String single = "中央财政预算赤字 1503亿元，2006 年单位国内生产总值能耗下降\n2022-02-22 11:02 来源";
        assertEquals(single, TextLayout.paragraphsPerLine(single));
    }
}
