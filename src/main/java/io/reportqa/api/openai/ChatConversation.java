package io.reportqa.api.openai;

import io.reportqa.answer.Turn;
import io.reportqa.api.ProblemException;
import io.reportqa.api.RequestLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * The question and history in a chat request's messages: the last {@code user} message is the question, earlier
 * {@code user} and {@code assistant} messages the history (system, developer and tool messages are read for the
 * token count only). A chat client sends its whole conversation back every time, so where {@code /api/ask} refuses
 * a history over its limits, this one trims it: only the {@code max-history-turns} latest turns are read (older
 * ones are dropped, oldest first); the {@code 参考来源} list that ends ReportQA's own answers is taken off them,
 * and a turn still over {@code max-turn-chars} keeps its first {@code max-turn-chars} characters (a turn's
 * place, year and topic come first).
 *
 * @param promptText the text of every message, as counted for {@code usage.prompt_tokens}
 */
record ChatConversation(String question, List<Turn> history, String promptText) {

    static final String SOURCES_HEADING = "\n\n参考来源：";

    static ChatConversation of(List<ChatRequest.Message> messages, RequestLimits limits, int maxTurns, int maxTurnChars) {
        if (messages == null || messages.isEmpty()) {
            throw ChatSettings.invalid("messages 不能为空 / 'messages' is required", "messages", "invalid-request");
        }
        List<ChatRequest.Message> talk = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            ChatRequest.Message m = messages.get(i);
            String text = m == null ? null : m.text();
            if (m == null || m.role() == null || text == null) {
                throw ChatSettings.invalid("messages[" + i + "] 须有 role 与字符串或片段数组的 content / messages[" + i
                        + "] needs a role and a content that is a string or an array of parts", "messages[" + i + "]",
                        "invalid-request");
            }
            texts.add(text);
            if ("user".equals(m.role()) || "assistant".equals(m.role())) {
                talk.add(m);
            }
        }
        if (talk.isEmpty() || !"user".equals(talk.get(talk.size() - 1).role())) {
            throw ChatSettings.invalid("最后一条消息须来自 user / the last message must be the user's question",
                    "messages", "invalid-request");
        }
        String question = question(limits, talk.get(talk.size() - 1).text());
        List<Turn> history = new ArrayList<>();
        for (ChatRequest.Message m : talk.subList(Math.max(0, talk.size() - 1 - maxTurns), talk.size() - 1)) {
            history.add(new Turn(m.role(), limits.turnText(trimmed(m.role(), m.text(), maxTurnChars))));
        }
        return new ChatConversation(question, history, String.join("\n", texts));
    }

    private static String question(RequestLimits limits, String text) {
        try {
            return limits.question(text, "messages[-1].content");
        } catch (ProblemException e) {
            throw new ProblemException(e.status(), e.slug(), e.title(), e.getMessage(), "messages");
        }
    }

    /** An earlier turn within {@code max} characters: without ReportQA's source list, then cut at the end. */
    static String trimmed(String role, String text, int max) {
        String t = text;
        int sources = "assistant".equals(role) ? t.lastIndexOf(SOURCES_HEADING) : -1;
        if (sources >= 0) {
            t = t.substring(0, sources);
        }
        if (t.length() > max) {
            int end = Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
            t = t.substring(0, end);
        }
        return t;
    }
}
