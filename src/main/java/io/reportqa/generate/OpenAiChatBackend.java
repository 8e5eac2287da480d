package io.reportqa.generate;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Any server speaking OpenAI's chat completions protocol (vLLM, Ollama, llama.cpp, a cloud), through
 * LangChain4j's client. No retries: a slow or failing model costs one timeout, after which the extractive
 * answer is given.
 */
public final class OpenAiChatBackend implements ChatBackend {

    private final OpenAiChatModel plain;
    private final OpenAiStreamingChatModel streaming;

    public OpenAiChatBackend(String baseUrl, String apiKey, String model, Duration timeout, int maxTokens) {
        this.plain = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(model).timeout(timeout)
                .temperature(0.0).maxTokens(maxTokens).maxRetries(0).build();
        this.streaming = OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(model)
                .timeout(timeout).temperature(0.0).maxTokens(maxTokens).build();
    }

    @Override
    public String complete(List<ChatMessage> messages) {
        String text = plain.chat(messages).aiMessage().text();
        if (text == null) {
            throw new IllegalStateException("the model's reply has no text");
        }
        return text;
    }

    @Override
    public void stream(List<ChatMessage> messages, Consumer<String> pieces, Runnable done,
            Consumer<Throwable> failed) {
        streaming.chat(messages, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.accept(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.run();
            }

            @Override
            public void onError(Throwable error) {
                failed.accept(error);
            }
        });
    }
}
