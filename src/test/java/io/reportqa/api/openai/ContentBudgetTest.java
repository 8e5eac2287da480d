package io.reportqa.api.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** max_tokens and stop applied to content that arrives in pieces, counted with the model's real tokenizer. */
class ContentBudgetTest {

    private static final TokenCounter TOKENS = new TokenCounter(Path.of("models/tokenizer.json"));

    @Test
    void should_count_a_chinese_character_as_one_token_without_special_tokens() {
        assertEquals(4, TOKENS.count("经济总量"));
        assertEquals(0, TOKENS.count(""));
        assertEquals(3, TOKENS.prefixWithin("经济总量", 3));
    }

    @Test
    void should_pass_everything_through_without_limits() {
        ContentBudget b = new ContentBudget(TOKENS, 0, List.of());
        assertEquals("甲[1]。", b.offer("甲[1]。"));
        assertEquals("乙", b.offer("乙"));
        assertEquals("", b.close());
        assertEquals("stop", b.finishReason());
    }

    @Test
    void should_stop_before_a_stop_sequence_split_across_pieces() {
        ContentBudget b = new ContentBudget(TOKENS, 0, List.of("[1]"));
        assertEquals("完成356.2亿元", b.offer("完成356.2亿元["));
        assertEquals("", b.offer("1]。增长9.9%"));
        assertEquals("stop", b.finishReason());
        assertEquals("", b.offer("更多"));
        assertEquals("完成356.2亿元", b.content());
    }

    @Test
    void should_release_a_held_tail_that_did_not_become_a_stop_sequence() {
        ContentBudget b = new ContentBudget(TOKENS, 0, List.of("参考来源"));
        assertEquals("增长", b.offer("增长参考"));
        assertEquals("参考价值", b.offer("价值"));
        assertEquals("", b.offer("参"));
        assertEquals("参", b.close());
        assertEquals("增长参考价值参", b.content());
    }

    @Test
    void should_cut_at_the_last_token_that_fits() {
        ContentBudget b = new ContentBudget(TOKENS, 5, List.of());
        assertEquals("全市", b.offer("全市"));
        assertEquals("经济总", b.offer("经济总量2581.3亿元"));
        assertEquals("length", b.finishReason());
        assertEquals("", b.close());
        assertEquals(5, TOKENS.count(b.content()));
    }
}
