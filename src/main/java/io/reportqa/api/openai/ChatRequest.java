package io.reportqa.api.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An OpenAI chat-completions request. ReportQA reads the messages, {@code stream}, {@code stream_options},
 * {@code max_tokens} (or {@code max_completion_tokens}) and {@code stop}; it refuses what it cannot do ({@code n}
 * over 1, tools, a response format other than text, log probabilities) rather than ignore it (see
 * {@link ChatSettings}); sampling settings such as {@code temperature} are accepted and have no effect, since the
 * answer is quoted, not sampled.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ChatCompletionRequest")
public record ChatRequest(
        @Schema(required = true, description = "模型名，只有 reportqa", example = "reportqa") String model,
        @Schema(required = true, minItems = 1, description = "对话；最后一条 user 消息是问题") List<Message> messages,
        @Schema(description = "true 时以 Server-Sent Events 逐块返回", defaultValue = "false") Boolean stream,
        @JsonProperty("stream_options") StreamOptions streamOptions,
        @JsonProperty("max_tokens") @Schema(minimum = "1", description = "回答（含参考来源）最多的词元数，按模型的分词器计；"
                + "超出时截断，finish_reason 为 length") Integer maxTokens,
        @JsonProperty("max_completion_tokens") @Schema(minimum = "1", description = "同 max_tokens") Integer maxCompletionTokens,
        @Schema(description = "一个或最多 4 个停止序列：回答在其首次出现处截止（不含该序列）",
                oneOf = {String.class, String[].class}) JsonNode stop,
        @Schema(minimum = "1", maximum = "1", description = "只支持 1") Integer n,
        @Schema(type = SchemaType.ARRAY, description = "不支持：非空时 400") JsonNode tools,
        @JsonProperty("tool_choice") @Schema(description = "只接受 none", oneOf = {String.class, Object.class})
        JsonNode toolChoice,
        @JsonProperty("response_format") ResponseFormat responseFormat,
        @Schema(description = "不支持：true 时 400") Boolean logprobs,
        @JsonProperty("top_logprobs") @Schema(description = "不支持：大于 0 时 400") Integer topLogprobs,
        @Schema(description = "接受但不起作用：回答摘自报告，不经采样") Double temperature) {

    /** One message; {@code content} is a string or a list of parts, of which the text parts are read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ChatMessage")
    public record Message(
            @Schema(required = true, enumeration = {"system", "developer", "user", "assistant", "tool"}) String role,
            @Schema(description = "文本，或内容片段数组（只读 type 为 text 的片段）",
                    oneOf = {String.class, ContentPart[].class}) JsonNode content) {

        /** The text of the message, or null when {@code content} is neither a string, nor parts, nor null. */
        String text() {
            if (content == null || content.isNull()) {
                return "";
            }
            if (content.isTextual()) {
                return content.asText();
            }
            if (!content.isArray()) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            content.forEach(part -> {
                if ("text".equals(part.path("type").asText())) {
                    out.append(part.path("text").asText());
                }
            });
            return out.toString();
        }
    }

    /** A part of a message's content; parts other than text (images, audio) are skipped. */
    @Schema(name = "ChatContentPart")
    public record ContentPart(@Schema(required = true, example = "text") String type, String text) {
    }

    /** With {@code include_usage}, the stream's last chunk before {@code [DONE]} carries the usage. */
    @Schema(name = "ChatStreamOptions")
    public record StreamOptions(@JsonProperty("include_usage") Boolean includeUsage) {
    }

    /** Only {@code text} is supported. */
    @Schema(name = "ChatResponseFormat")
    public record ResponseFormat(@Schema(required = true, enumeration = {"text", "json_object", "json_schema"}) String type) {
    }
}
