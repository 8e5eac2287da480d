package io.reportqa.api.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.library.Library;
import io.reportqa.answer.Turn;
import io.reportqa.answer.AnswerListener;
import io.reportqa.api.ProblemException;
import io.reportqa.api.RequestLimits;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import io.smallrye.common.annotation.Blocking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ReportQA as an OpenAI-compatible "model", for chat clients that speak that protocol. The last user message is
 * the question, earlier user and assistant messages the history (system messages are ignored). Citations
 * survive twice: in the {@code reportqa} extension field of the response (and of the last stream chunk), and as
 * a {@code 参考来源} list at the end of the content for clients that ignore extensions. Report text in the content
 * goes through {@link ChatText}: no markup or escape from an uploaded report reaches a chat client as such.
 */
@Path("/v1")
@Tag(name = "OpenAI 兼容 OpenAI-compatible", description = "供现有聊天客户端把 ReportQA 当作模型使用")
public class OpenAiCompatResource {

    private static final Logger LOG = Logger.getLogger(OpenAiCompatResource.class);

    static final String MODEL = "reportqa";

    private final Library library;
    private final ObjectMapper json;
    private final int topK;
    private final int maxTurns;
    private final RequestLimits limits;

    OpenAiCompatResource(Library library, ObjectMapper json, ReportQaConfig config, RequestLimits limits) {
        this.library = library;
        this.json = json;
        this.limits = limits;
        this.topK = config.answer().defaultTopK();
        this.maxTurns = config.limits().maxHistoryTurns();
    }

    @GET
    @Path("/models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "可用模型列表（只有 reportqa）")
    public Map<String, Object> models() {
        return Map.of("object", "list", "data", List.of(Map.of("id", MODEL, "object", "model", "created", 0,
                "owned_by", "reportqa")));
    }

    @POST
    @Blocking
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "OpenAI 格式的对话补全（支持 stream: true）",
            description = "最后一条 user 消息是问题；引用在扩展字段 reportqa.citations 中，并以“参考来源”列在回答末尾。")
    public Response complete(ChatRequest request) {
        Conversation c = conversation(request);
        if (Boolean.TRUE.equals(request.stream())) {
            return Response.ok(stream(c)).type(MediaType.SERVER_SENT_EVENTS).build();
        }
        Answer a = library.current().qa().ask(c.question(), c.history(), Set.of(), topK);
        Map<String, Object> body = envelope("chat.completion");
        body.put("choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                "message", Map.of("role", "assistant", "content", withSources(a)))));
        body.put("usage", Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0));
        body.put("reportqa", extension(a));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * OpenAI's stream format: {@code data:} lines of chunks as the answer is written, then its sources, the
     * last chunk with the extension, then [DONE].
     */
    private StreamingOutput stream(Conversation c) {
        String id = "chatcmpl-" + UUID.randomUUID();
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            event(w, chunk(id, Map.of("role", "assistant", "content", ""), null, null));
            Answer a;
            try {
                a = answer(c, w, id);
            } catch (RuntimeException e) {
                LOG.error("chat completion stream failed", e);
                event(w, "{\"error\":{\"message\":\"回答未能完成 / The answer could not be completed\","
                        + "\"type\":\"server_error\"}}");
                event(w, "[DONE]");
                return;
            }
            event(w, chunk(id, Map.of("content", sourceList(a)), null, null));
            event(w, chunk(id, Map.of(), "stop", extension(a)));
            event(w, "[DONE]");
        };
    }

    /** Asks, writing each piece of the answer as a chunk as soon as it is written. */
    private Answer answer(Conversation c, Writer w, String id) {
        return library.current().qa().ask(c.question(), c.history(), Set.of(), topK, new AnswerListener() {
            @Override
            public void text(String piece) {
                try {
                    event(w, chunk(id, Map.of("content", ChatText.of(piece)), null, null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean streaming() {
                return true;
            }
        });
    }

    private static void event(Writer w, String data) throws IOException {
        w.write("data: " + data + "\n\n");
        w.flush();
    }

    record Conversation(String question, List<Turn> history) {
    }

    private Conversation conversation(ChatRequest request) {
        if (request == null || request.messages() == null || request.messages().isEmpty()) {
            throw ProblemException.badRequest("messages 不能为空 / 'messages' is required");
        }
        List<ChatRequest.Message> talk = request.messages().stream()
                .filter(m -> m != null && ("user".equals(m.role()) || "assistant".equals(m.role()))).toList();
        if (talk.isEmpty() || !"user".equals(talk.get(talk.size() - 1).role())) {
            throw ProblemException.badRequest("最后一条消息须来自 user / the last message must be the user's question");
        }
        String question = limits.question(talk.get(talk.size() - 1).text(), "messages[-1].content");
        List<Turn> history = new ArrayList<>();
        for (ChatRequest.Message m : talk.subList(Math.max(0, talk.size() - 1 - maxTurns), talk.size() - 1)) {
            history.add(new Turn(m.role(), limits.turnText(m.text())));
        }
        return new Conversation(question, history);
    }

    private Map<String, Object> envelope(String object) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-" + UUID.randomUUID());
        body.put("object", object);
        body.put("created", System.currentTimeMillis() / 1000);
        body.put("model", MODEL);
        return body;
    }

    private String chunk(String id, Map<String, Object> delta, String finish, Map<String, Object> extension) {
        Map<String, Object> body = envelope("chat.completion.chunk");
        body.put("id", id);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        body.put("choices", List.of(choice));
        if (extension != null) {
            body.put("reportqa", extension);
        }
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

    /** The answer followed by its sources, for clients that show only the content; report text made safe. */
    static String withSources(Answer a) {
        return ChatText.of(a.answer()) + sourceList(a);
    }

    private static String sourceList(Answer a) {
        if (a.citations().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n\n参考来源：");
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
