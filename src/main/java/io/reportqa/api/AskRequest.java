package io.reportqa.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/ask}.
 *
 * @param history earlier turns of the conversation, oldest first
 * @param topK passages to compose the answer from (optional)
 * @param reportIds reports to limit the question to (optional)
 */
public record AskRequest(
        @Schema(required = true, minLength = 1, maxLength = 500, description = "问题（须含文字或数字）",
                example = "咸阳2021年的经济总量是多少?") String question,
        @Schema(maxItems = 20, description = "之前的对话，最早的在前；追问沿用最近一条 user 消息的地点、年份与主题")
        List<HistoryTurn> history,
        @Schema(minimum = "1", maximum = "50", description = "组织回答所用的段落数（默认 5）") Integer topK,
        @Schema(maxItems = 20, description = "只在这些报告中回答") List<String> reportIds) {

    /** One earlier message: {@code role} is {@code user} or {@code assistant}. */
    public record HistoryTurn(@Schema(required = true, enumeration = {"user", "assistant"}) String role,
            @Schema(required = true, maxLength = 4000) String content) {
    }
}
