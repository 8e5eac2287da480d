package io.reportqa.api.openai;

import io.reportqa.model.Citation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of {@code /v1}'s answers, for the OpenAPI document (the bodies are written by {@link ChatBodies}; the
 * schema-validation test holds every real response to these).
 */
final class OpenAiSchemas {

    private OpenAiSchemas() {
    }

    @Schema(name = "Model")
    record Model(@Schema(required = true, example = "reportqa") String id,
            @Schema(required = true, enumeration = "model") String object,
            @Schema(required = true) long created,
            @Schema(required = true, example = "reportqa") String owned_by) {
    }

    @Schema(name = "ModelList")
    record ModelList(@Schema(required = true, enumeration = "list") String object,
            @Schema(required = true) List<Model> data) {
    }

    @Schema(name = "ChatUsage", description = "按模型（bge-small-zh-v1.5）的分词器计的词元数")
    record Usage(@Schema(required = true) int prompt_tokens, @Schema(required = true) int completion_tokens,
            @Schema(required = true) int total_tokens) {
    }

    @Schema(name = "ReportQaExtension", description = "引用原文与回答的核验信息（原文未经 ChatText 处理）")
    record Extension(@Schema(required = true) boolean answerable, @Schema(required = true) double confidence,
            @Schema(required = true) List<Citation> citations,
            @Schema(required = true, enumeration = {"extractive", "llm"}) String composer,
            @Schema(required = true) int removedSentences) {
    }

    @Schema(name = "ChatCompletionMessage")
    record Message(@Schema(required = true, enumeration = "assistant") String role,
            @Schema(required = true, description = "回答，末尾附“参考来源”列表") String content) {
    }

    @Schema(name = "ChatCompletionChoice")
    record Choice(@Schema(required = true) int index, @Schema(required = true) Message message,
            @Schema(required = true, nullable = true) Object logprobs,
            @Schema(required = true, enumeration = {"stop", "length"}) String finish_reason) {
    }

    @Schema(name = "ChatCompletion")
    record Completion(@Schema(required = true) String id,
            @Schema(required = true, enumeration = "chat.completion") String object,
            @Schema(required = true) long created, @Schema(required = true) String model,
            @Schema(required = true) List<Choice> choices, @Schema(required = true) Usage usage,
            @Schema(required = true) Extension reportqa) {
    }

    @Schema(name = "ChatCompletionDelta")
    record Delta(@Schema(enumeration = "assistant") String role, String content) {
    }

    @Schema(name = "ChatCompletionChunkChoice")
    record ChunkChoice(@Schema(required = true) int index, @Schema(required = true) Delta delta,
            @Schema(required = true, nullable = true) Object logprobs,
            @Schema(required = true, nullable = true, description = "stop 或 length；之前的 chunk 为 null") String finish_reason) {
    }

    @Schema(name = "ChatCompletionChunk", description = "流中每个 data 行是一个 chunk；最后一个带 finish_reason 的 chunk 带有 "
            + "reportqa 扩展；stream_options.include_usage 时，[DONE] 前还有一个 choices 为空、带 usage 的 chunk。")
    record Chunk(@Schema(required = true) String id,
            @Schema(required = true, enumeration = "chat.completion.chunk") String object,
            @Schema(required = true) long created, @Schema(required = true) String model,
            @Schema(required = true) List<ChunkChoice> choices, Usage usage, Extension reportqa) {
    }
}
