package io.reportqa.api.openai;

import io.reportqa.answer.AnswerListener;
import io.reportqa.library.Library;
import io.reportqa.model.Answer;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A completion in OpenAI's stream format: {@code data:} lines of chunks, each with an {@code id:}, as the answer is
 * written (held to {@code max_tokens} and {@code stop}), then its sources, the last chunk with the finish reason
 * and the extension, the usage chunk when {@code include_usage} asked for it, then {@code [DONE]}. A client that
 * hangs up ends the work at the next piece, with one DEBUG line: nobody is left to read an error.
 */
final class ChatStream implements StreamingOutput {

    private static final Logger LOG = Logger.getLogger(ChatStream.class);

    private final Library.Snapshot library;
    private final ChatConversation conversation;
    private final int topK;
    private final ChatBodies bodies;
    private final ContentBudget budget;
    private final ChatSettings settings;
    private final TokenCounter tokens;
    private int events;

    ChatStream(Library.Snapshot library, ChatConversation conversation, int topK, ChatBodies bodies,
            ContentBudget budget, ChatSettings settings, TokenCounter tokens) {
        this.library = library;
        this.conversation = conversation;
        this.topK = topK;
        this.bodies = bodies;
        this.budget = budget;
        this.settings = settings;
        this.tokens = tokens;
    }

    @Override
    public void write(OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            event(w, bodies.chunk(Map.of("role", "assistant", "content", ""), null, null));
            Answer a = answer(w);
            content(w, budget.offer(ChatBodies.sourceList(a)));
            content(w, budget.close());
            event(w, bodies.chunk(Map.of(), budget.finishReason(), a));
            if (settings.includeUsage()) {
                event(w, bodies.usageChunk(ChatBodies.usage(tokens.count(conversation.promptText()),
                        tokens.count(budget.content()))));
            }
            event(w, "[DONE]");
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("the client closed the stream of %s before its end (%s)", bodies.id(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("chat completion stream failed", e);
            failed(w);
        }
    }

    /** Asks, writing each piece of the answer as a chunk as soon as it is written. */
    private Answer answer(Writer w) {
        return library.qa().ask(conversation.question(), conversation.history(), Set.of(), topK, new AnswerListener() {
            @Override
            public void text(String piece) {
                try {
                    content(w, budget.offer(ChatText.of(piece)));
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

    private void content(Writer w, String text) throws IOException {
        if (!text.isEmpty()) {
            event(w, bodies.chunk(Map.of("content", text), null, null));
        }
    }

    private void failed(Writer w) {
        try {
            event(w, "{\"error\":{\"message\":\"回答未能完成 / The answer could not be completed\","
                    + "\"type\":\"server_error\",\"param\":null,\"code\":\"internal_error\"}}");
            event(w, "[DONE]");
        } catch (IOException e) {
            LOG.debugf("the client closed the stream of %s before its end", bodies.id());
        }
    }

    private void event(Writer w, String data) throws IOException {
        w.write("id: " + events++ + "\ndata: " + data + "\n\n");
        w.flush();
    }
}
