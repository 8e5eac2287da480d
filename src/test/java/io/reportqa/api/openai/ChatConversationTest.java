package io.reportqa.api.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How an earlier turn of a chat is trimmed to the history limits instead of being refused. */
class ChatConversationTest {

    @Test
    void should_take_reportqas_own_source_list_off_an_earlier_answer() {
        String answer = "城镇新增就业2.6万人[1]。" + ChatConversation.SOURCES_HEADING + "\n[1] 2023年青禾市政府工作报告 · 第3段";
        assertEquals("城镇新增就业2.6万人[1]。", ChatConversation.trimmed("assistant", answer, 4000));
        assertEquals(answer, ChatConversation.trimmed("user", answer, 4000), "a user's words are theirs");
    }

    @Test
    void should_keep_the_start_of_an_over_long_turn() {
        assertEquals("青禾市城镇", ChatConversation.trimmed("user", "青禾市城镇新增就业多少人?", 5));
        assertEquals("甲", ChatConversation.trimmed("user", "甲\uD83D\uDE00乙", 2), "never half a surrogate pair");
    }
}
