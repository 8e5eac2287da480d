package io.reportqa.api.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.reportqa.api.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chat-completions request asks of the answer, checked: a parameter ReportQA cannot honour is refused
 * with a 400 naming it, never silently ignored, so that a client does not take a plain answer for the tool call,
 * JSON document, second choice or log probabilities it asked for.
 *
 * @param maxTokens most tokens of content, or 0 for no limit
 * @param stop sequences that end the content where they first appear
 */
record ChatSettings(boolean stream, boolean includeUsage, int maxTokens, List<String> stop) {

    static final int MAX_STOP_SEQUENCES = 4;

    static ChatSettings of(ChatRequest r) {
        refuseUnsupported(r);
        boolean stream = Boolean.TRUE.equals(r.stream());
        if (r.streamOptions() != null && !stream) {
            throw invalid("stream_options 只能与 stream: true 同用 / 'stream_options' is only allowed when 'stream' is true",
                    "stream_options", "invalid-value");
        }
        boolean usage = r.streamOptions() != null && Boolean.TRUE.equals(r.streamOptions().includeUsage());
        return new ChatSettings(stream, usage, maxTokens(r), stop(r.stop()));
    }

    private static void refuseUnsupported(ChatRequest r) {
        if (r.n() != null && r.n() != 1) {
            throw unsupported("n", "只能生成 1 个回答", "only n = 1 is supported");
        }
        if (r.tools() != null && !r.tools().isNull() && !(r.tools().isArray() && r.tools().isEmpty())) {
            throw unsupported("tools", "不支持工具调用", "tools are not supported");
        }
        JsonNode choice = r.toolChoice();
        if (choice != null && !choice.isNull() && !"none".equals(choice.asText(null))) {
            throw unsupported("tool_choice", "只能是 none", "only 'none' is supported");
        }
        if (r.responseFormat() != null && r.responseFormat().type() != null && !"text".equals(r.responseFormat().type())) {
            throw unsupported("response_format", "只能返回文本", "only type 'text' is supported");
        }
        if (Boolean.TRUE.equals(r.logprobs()) || r.topLogprobs() != null && r.topLogprobs() > 0) {
            throw unsupported(Boolean.TRUE.equals(r.logprobs()) ? "logprobs" : "top_logprobs",
                    "不提供对数概率", "log probabilities are not given: answers are quoted, not sampled");
        }
    }

    private static int maxTokens(ChatRequest r) {
        String field = r.maxCompletionTokens() != null ? "max_completion_tokens" : "max_tokens";
        Integer value = r.maxCompletionTokens() != null ? r.maxCompletionTokens() : r.maxTokens();
        if (value == null) {
            return 0;
        }
        if (value < 1) {
            throw invalid(field + " 须至少为 1 / '" + field + "' must be at least 1", field, "invalid-value");
        }
        return value;
    }

    private static List<String> stop(JsonNode stop) {
        List<String> out = new ArrayList<>();
        if (stop == null || stop.isNull()) {
            return out;
        }
        if (stop.isTextual()) {
            out.add(stop.asText());
        } else if (stop.isArray() && stop.size() <= MAX_STOP_SEQUENCES) {
            for (JsonNode s : stop) {
                if (!s.isTextual()) {
                    throw badStop();
                }
                out.add(s.asText());
            }
        } else {
            throw badStop();
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static ProblemException badStop() {
        return invalid("stop 须是字符串或最多 " + MAX_STOP_SEQUENCES + " 个字符串的数组 / 'stop' must be a string or an array "
                + "of at most " + MAX_STOP_SEQUENCES + " strings", "stop", "invalid-value");
    }

    private static ProblemException unsupported(String param, String zh, String en) {
        return invalid("不支持的参数 " + param + "：" + zh + " / unsupported parameter '" + param + "': " + en, param,
                "unsupported-parameter");
    }

    static ProblemException invalid(String detail, String param, String slug) {
        return new ProblemException(400, slug, "请求无效 / Invalid request", detail, param);
    }
}
