package io.reportqa.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;
import org.junit.jupiter.api.Test;

/** A reader that goes away mid-answer ends the stream's work with one DEBUG line, never an ERROR. */
@QuarkusTest
class StreamDisconnectTest {

    private static final String LOGGER = AskStreamResource.class.getName();
    private static final String CLOSED = "the client closed the answer stream before its end";

    @Inject
    AskStreamResource resource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void should_stop_the_answer_with_one_debug_line_when_the_reader_cancels() throws Exception {
        long errors = TestLog.errors();
        long closed = TestLog.lines("DEBUG", LOGGER, CLOSED);
        AskRequest ask = new AskRequest("白河区和金沙县2022年地区生产总值分别是多少?", null, null, null);

        // The reader leaves as the first event reaches it, on the thread that answers.
        List<OutboundSseEvent> read = resource.stream(ask, SseImpl.INSTANCE).select().first(1)
                .collect().asList().await().atMost(Duration.ofSeconds(20));

        assertEquals(closed + 1, TestLog.await("DEBUG", LOGGER, CLOSED, closed + 1));
        assertEquals("retrieval", read.get(0).getName());
        assertEquals("0", read.get(0).getId());
        assertEquals(errors, TestLog.errors());
    }

    @Test
    void should_log_no_error_when_a_client_hangs_up_on_either_stream() throws Exception {
        long errors = TestLog.errors();
        for (int i = 0; i < 5; i++) {
            hangUpAfterFirstBytes("/api/ask/stream", "{\"question\":\"白河区和金沙县2022年地区生产总值分别是多少?\"}");
            hangUpAfterFirstBytes("/v1/chat/completions", "{\"model\":\"reportqa\",\"stream\":true,\"messages\":"
                    + "[{\"role\":\"user\",\"content\":\"白河区和金沙县2022年地区生产总值分别是多少?\"}]}");
        }
        Thread.sleep(1000);
        assertEquals(errors, TestLog.errors());
    }

    private void hangUpAfterFirstBytes(String path, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: text/event-stream\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            assertTrue(in.read(new byte[64]) > 0);
            s.setSoLinger(true, 0);
        }
    }
}
