package io.reportqa.api.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.api.ProblemException;
import io.reportqa.api.RequestLimits;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.library.Library;
import io.reportqa.model.Answer;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * ReportQA as an OpenAI-compatible "model", for chat clients that speak that protocol (see {@link ChatConversation}
 * for how messages are read, {@link ChatSettings} for the parameters honoured and refused). Citations survive
 * twice: in the {@code reportqa} extension field of the response (and of the last stream chunk), and as a
 * {@code 参考来源} list at the end of the content for clients that ignore extensions. Report text in the content
 * goes through {@link ChatText}: no markup or escape from an uploaded report reaches a chat client as such. Errors
 * are in OpenAI's shape ({@link OpenAiError}).
 */
@Path("/v1")
@Tag(name = "OpenAI 兼容 OpenAI-compatible", description = "供现有聊天客户端把 ReportQA 当作模型使用；错误为 OpenAI 的格式")
public class OpenAiCompatResource {

    private final Library library;
    private final ObjectMapper json;
    private final RequestLimits limits;
    private final TokenCounter tokens;
    private final int topK;
    private final int maxTurns;
    private final int maxTurnChars;

    OpenAiCompatResource(Library library, ObjectMapper json, ReportQaConfig config, RequestLimits limits,
            TokenCounter tokens) {
        this.library = library;
        this.json = json;
        this.limits = limits;
        this.tokens = tokens;
        this.topK = config.answer().defaultTopK();
        this.maxTurns = config.limits().maxHistoryTurns();
        this.maxTurnChars = config.limits().maxTurnChars();
    }

    @GET
    @Path("/models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listModels", summary = "可用模型列表（只有 reportqa）")
    @APIResponse(responseCode = "200", description = "模型列表",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiSchemas.ModelList.class)))
    @APIResponse(responseCode = "401", description = "需要 API 密钥（配置了 reportqa.api-keys-for-reads 时）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "503", description = "索引尚未就绪（Retry-After）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    public Map<String, Object> models() {
        return Map.of("object", "list", "data", List.of(ChatBodies.model()));
    }

    @GET
    @Path("/models/{model}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getModel", summary = "一个模型（只有 reportqa）")
    @APIResponse(responseCode = "200", description = "模型",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiSchemas.Model.class)))
    @APIResponse(responseCode = "401", description = "需要 API 密钥（配置了 reportqa.api-keys-for-reads 时）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "404", description = "模型不存在（code: model_not_found）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "503", description = "索引尚未就绪（Retry-After）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    public Map<String, Object> model(@PathParam("model") String model) {
        known(model);
        return ChatBodies.model();
    }

    @POST
    @Blocking
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(operationId = "createChatCompletion", summary = "OpenAI 格式的对话补全（stream: true 时为 Server-Sent Events）",
            description = "最后一条 user 消息是问题，之前的 user/assistant 消息是历史（超出条数的最早几条舍去，过长的截断）。"
                    + "引用在扩展字段 reportqa.citations 中，并以“参考来源”列在回答末尾。max_tokens 与 stop 截断回答；"
                    + "n > 1、tools、tool_choice（none 以外）、response_format（text 以外）、logprobs 返回 400。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChatRequest.class), examples = @ExampleObject(name = "提问",
                    value = "{\"model\": \"reportqa\", \"messages\": [{\"role\": \"user\", "
                            + "\"content\": \"嘉峪关的建成区绿化覆盖率是多少?\"}]}")))
    @APIResponse(responseCode = "200", description = "补全；stream: true 时为 chat.completion.chunk 事件流，以 data: [DONE] 结束",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiSchemas.Completion.class)),
                @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                        description = "每个事件：id: n 与 data: ChatCompletionChunk 的 JSON；最后一个事件 data: [DONE]"))})
    @APIResponse(responseCode = "400", description = "请求无效或含不支持的参数（param 指明字段）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "401", description = "需要 API 密钥（配置了 reportqa.api-keys-for-reads 时）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "404", description = "模型不存在（code: model_not_found）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "413", description = "请求体过大",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "415", description = "请求体须为 application/json",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    @APIResponse(responseCode = "503", description = "索引尚未就绪（Retry-After）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiError.class)))
    public Response complete(ChatRequest request) {
        if (request == null) {
            throw ChatSettings.invalid("缺少请求体 / The request body is missing", null, "invalid-request");
        }
        known(request.model());
        ChatSettings settings = ChatSettings.of(request);
        ChatConversation c = ChatConversation.of(request.messages(), limits, maxTurns, maxTurnChars);
        ChatBodies bodies = new ChatBodies(json, "chatcmpl-" + UUID.randomUUID(), System.currentTimeMillis() / 1000);
        ContentBudget budget = new ContentBudget(tokens, settings.maxTokens(), settings.stop());
        if (settings.stream()) {
            return Response.ok(new ChatStream(library.current(), c, topK, bodies, budget, settings, tokens))
                    .type(MediaType.SERVER_SENT_EVENTS).header("Cache-Control", "no-cache").build();
        }
        Answer a = library.current().qa().ask(c.question(), c.history(), Set.of(), topK);
        budget.offer(ChatText.of(a.answer()) + ChatBodies.sourceList(a));
        budget.close();
        var usage = ChatBodies.usage(tokens.count(c.promptText()), tokens.count(budget.content()));
        return Response.ok(bodies.completion(budget.content(), budget.finishReason(), usage, a),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static void known(String model) {
        if (model == null || model.isBlank()) {
            throw ChatSettings.invalid("缺少 model / 'model' is required (the model is '" + ChatBodies.MODEL + "')",
                    "model", "invalid-request");
        }
        if (!ChatBodies.MODEL.equals(model)) {
            throw new ProblemException(404, "model-not-found", "模型不存在 / Unknown model",
                    "模型 " + model + " 不存在，可用的只有 " + ChatBodies.MODEL + " / The model '" + model
                            + "' does not exist; the only model is '" + ChatBodies.MODEL + "'", "model");
        }
    }
}
