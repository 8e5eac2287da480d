package io.reportqa.api;

import java.util.List;

/**
 * Body of {@code POST /api/ask}.
 *
 * @param history earlier turns of the conversation, oldest first
 * @param topK passages to compose the answer from (optional)
 * @param reportIds reports to limit the question to (optional)
 */
public record AskRequest(String question, List<HistoryTurn> history, Integer topK, List<String> reportIds) {

    /** One earlier message: {@code role} is {@code user} or {@code assistant}. */
    public record HistoryTurn(String role, String content) {
    }
}
