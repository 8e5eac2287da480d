package io.reportqa.api.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.reportqa.api.TestLog;
import io.reportqa.library.Library;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The /v1 stream when its reader hangs up: the work ends at the next write, with one DEBUG line and no error. */
@QuarkusTest
class ChatStreamTest {

    @Inject
    Library library;

    @Inject
    TokenCounter tokens;

    @Inject
    ObjectMapper json;

    /** A connection whose reader has gone after {@code writes} writes. */
    static final class HungUp extends OutputStream {
        final ByteArrayOutputStream got = new ByteArrayOutputStream();
        int writes;

        HungUp(int writes) {
            this.writes = writes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (writes <= 0) {
                throw new IOException("Connection reset by peer");
            }
            got.write(b, off, len);
        }

        @Override
        public void flush() {
            writes--;
        }
    }

    @Test
    void should_end_quietly_when_the_client_hangs_up() throws Exception {
        long errors = TestLog.errors();
        String logger = ChatStream.class.getName();
        ChatBodies bodies = new ChatBodies(json, "chatcmpl-hung-up-test", 0);
        ChatConversation c = new ChatConversation("白河区和金沙县2022年地区生产总值分别是多少?", List.of(), "");
        ChatStream stream = new ChatStream(library.current(), c, 5, bodies, new ContentBudget(tokens, 0, List.of()),
                new ChatSettings(true, true, 0, List.of()), tokens);
        HungUp out = new HungUp(2);

        stream.write(out);

        String sent = out.got.toString(StandardCharsets.UTF_8);
        assertTrue(sent.startsWith("id: 0\ndata: {") && sent.contains("id: 1\n") && !sent.contains("id: 2\n"), sent);
        assertEquals(1, TestLog.await("DEBUG", logger, "chatcmpl-hung-up-test", 1));
        assertEquals(errors, TestLog.errors());
    }
}
