package io.reportqa.generate;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.function.Consumer;

/** A chat language model, answering whole or in pieces. */
public interface ChatBackend {

    /** The model's whole reply; blocks; throws when the model fails. */
    String complete(List<ChatMessage> messages);

    /**
     * Starts a streamed reply and returns at once: {@code pieces} receives the text as it comes, then exactly one
     * of {@code done} or {@code failed} is called.
     */
    void stream(List<ChatMessage> messages, Consumer<String> pieces, Runnable done, Consumer<Throwable> failed);
}
