package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A compound name's qualifier that the report never uses while other reports do. */
class ForeignWordsTest {

    private static final String REPORT = "全省接待旅游总人数6.5亿人次、游客旅游总花费8350亿元。“小三通”客运航线年客流量达136万人次。";
    private static final String OTHER = "张家界入境游客量居中西部地级城市首位,提高入境旅游便利度。年初剩余的551万农村贫困人口全部脱贫。";
    private final ForeignWords words = new ForeignWords(() -> List.of(REPORT, OTHER));

    @Test
    void should_name_the_qualifier_the_report_lacks_and_another_report_uses() {
        assertEquals("入境", words.lacks("接待入境游客", REPORT));
        assertEquals("入境", words.lacks("入境游客", REPORT));
        // The report that does speak of inbound visitors lacks nothing.
        assertNull(words.lacks("入境游客", OTHER));
    }

    @Test
    void should_leave_the_askers_own_wording_alone() {
        // A clause, not a compound of whole words.
        assertNull(words.lacks("运动员在巴黎奥运会上拿了", REPORT));
        // The compound's last word is not the report's either: the asker's words for something the report words
        // otherwise (年初剩余的…贫困人口).
        assertNull(words.lacks("年初剩下", REPORT));
        // A qualifier no report uses at all.
        assertNull(words.lacks("出境游客", REPORT));
    }

    @Test
    void should_tell_a_thing_the_reports_do_not_speak_of() {
        // No word of the name in this report, a word the segmenter does not know included.
        assertTrue(words.absent("咖啡店", REPORT));
        assertTrue(words.absent("宠物狗登记", REPORT));
        assertTrue(words.absent("比特币挖矿", OTHER));
        // One word of it is the report's (接待): judged by the other rules, not this one.
        assertFalse(words.absent("接待宠物狗", REPORT));
        // Named in the report's words.
        assertFalse(words.absent("接待游客", REPORT));
        assertFalse(words.absent("农村贫困人口", OTHER));
        // An adverb of the asker's, and a clause, are not names.
        assertFalse(words.absent("一共", REPORT));
        assertFalse(words.absent("城里吃低保的困难户每个月", REPORT));
    }
}
