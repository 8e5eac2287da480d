package io.reportqa.api.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of {@code /v1} responses, in OpenAI's shapes: the completion, its stream chunks, usage, and the
 * {@code reportqa} extension that carries the exact citations.
 *
 * @param id the completion's id, shared by all chunks of one stream
 */
record ChatBodies(ObjectMapper json, String id, long created) {

    static final String MODEL = "reportqa";

    Map<String, Object> completion(String content, String finish, Map<String, Object> usage, Answer a) {
        Map<String, Object> body = envelope("chat.completion");
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", Map.of("role", "assistant", "content", content));
        choice.put("logprobs", null);
        choice.put("finish_reason", finish);
        body.put("choices", List.of(choice));
        body.put("usage", usage);
        body.put("reportqa", extension(a));
        return body;
    }

    /** One {@code chat.completion.chunk}, written as JSON. */
    String chunk(Map<String, Object> delta, String finish, Answer extensionOf) {
        Map<String, Object> body = envelope("chat.completion.chunk");
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("logprobs", null);
        choice.put("finish_reason", finish);
        body.put("choices", List.of(choice));
        if (extensionOf != null) {
            body.put("reportqa", extension(extensionOf));
        }
        return write(body);
    }

    /** The chunk asked for with {@code stream_options.include_usage}: no choices, the usage of the whole stream. */
    String usageChunk(Map<String, Object> usage) {
        Map<String, Object> body = envelope("chat.completion.chunk");
        body.put("choices", List.of());
        body.put("usage", usage);
        return write(body);
    }

    static Map<String, Object> usage(int prompt, int completion) {
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        return usage;
    }

    static Map<String, Object> model() {
        return Map.of("id", MODEL, "object", "model", "created", 0, "owned_by", "reportqa");
    }

    private Map<String, Object> envelope(String object) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", object);
        body.put("created", created);
        body.put("model", MODEL);
        return body;
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a chunk", e);
        }
    }

    private static Map<String, Object> extension(Answer a) {
        return Map.of("answerable", a.answerable(), "confidence", a.confidence(), "citations", a.citations(),
                "composer", a.composer(), "removedSentences", a.removedSentences());
    }

    /** The sources list that ends the content, for clients that show only the content; report text made safe. */
    static String sourceList(Answer a) {
        if (a.citations().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(ChatConversation.SOURCES_HEADING);
        for (Citation c : a.citations()) {
            out.append("\n[").append(c.index()).append("] ").append(ChatText.of(c.reportTitle()));
            if (!c.section().isEmpty()) {
                out.append(" · ").append(ChatText.of(c.section()));
            }
            out.append(" · 第").append(c.paragraph()).append("段");
        }
        return out.toString();
    }
}
