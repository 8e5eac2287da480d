package io.reportqa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that start an upload and go quiet, on the packaged service: the connection is closed once it has been
 * idle for {@code quarkus.http.idle-timeout}, and a multipart file spooled by a process killed mid-upload is
 * removed at the next start.
 */
class SlowClientIT {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void should_close_a_connection_that_goes_quiet_mid_upload() throws Exception {
        Path data = work.resolve("data");
        try (ServiceProcess s = ServiceProcess.start(CORPUS, data, work.resolve("service.log"),
                "-Dquarkus.http.idle-timeout=2s");
                Socket socket = startUpload(s)) {
            assertTrue(awaitSpooled(data, true), "the upload was spooled:\n" + s.log());
            socket.setSoTimeout(60_000);
            assertTrue(closedByServer(socket.getInputStream()), "the quiet connection was closed");
            assertEquals(200, s.status("/q/health/ready"));
        }
    }

    @Test
    void should_remove_multipart_files_spooled_by_a_killed_process_at_the_next_start() throws Exception {
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        try (ServiceProcess s = ServiceProcess.start(CORPUS, data, log); Socket socket = startUpload(s)) {
            assertTrue(awaitSpooled(data, true), "the upload was spooled:\n" + s.log());
            s.kill();
        }
        assertTrue(awaitSpooled(data, true), "the killed process left its spool file");
        try (ServiceProcess s = ServiceProcess.start(CORPUS, data, log)) {
            assertTrue(s.awaitReady(START), s.log());
            assertTrue(awaitSpooled(data, false), "spool files left: " + spooled(data));
            assertTrue(s.log().contains("removed 1 multipart spool files"), s.log());
        }
    }

    /** Sends the headers and the first part of a multipart upload that declares far more than it sends. */
    private static Socket startUpload(ServiceProcess s) throws Exception {
        assertTrue(s.awaitReady(START), s.log());
        Socket socket = new Socket("127.0.0.1", s.port());
        String head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + "2023年松溪县政府工作报告\n".repeat(200);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: 1000000\r\n\r\n" + head).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    private static boolean closedByServer(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // A response (408, say) before the close is fine: what matters is that the connection ends.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean awaitSpooled(Path data, boolean present) throws Exception {
        for (int i = 0; i < 200; i++) {
            if ((spooled(data) > 0) == present) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static long spooled(Path data) throws IOException {
        Path spool = data.resolve("multipart-spool");
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }
}
