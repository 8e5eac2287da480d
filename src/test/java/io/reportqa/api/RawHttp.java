package io.reportqa.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte: lets a test send what a well-behaved client library would refuse
 * to (invalid UTF-8, unencoded paths, broken escapes). One request per connection.
 */
final class RawHttp {

    record Response(int status, String head, String body) {

        boolean problem() {
            return head.toLowerCase().contains("content-type: application/problem+json");
        }

        /** A problem document, or under {@code /v1} OpenAI's error shape ({@code {"error": {…}}}). */
        boolean errorDocument() {
            return problem() || head.toLowerCase().contains("content-type: application/json")
                    && body.startsWith("{\"error\":{\"message\":");
        }
    }

    private RawHttp() {
    }

    /** @throws java.net.SocketTimeoutException when the service does not answer within {@code timeoutMs} */
    static Response send(String host, int port, String method, String path, Map<String, String> headers, byte[] body,
            int timeoutMs) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * Sends a body of {@code total} bytes of {@code fill} with {@code Transfer-Encoding: chunked}, in chunks of
     * {@code chunk} bytes, on its own thread, while this one reads the answer: a service that answers early and
     * closes the connection is heard, whatever becomes of the rest of the body.
     */
    static Response sendChunked(String host, int port, String method, String path, Map<String, String> headers,
            byte fill, int chunk, long total, int timeoutMs) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            Thread writer = new Thread(() -> {
                byte[] piece = new byte[chunk];
                java.util.Arrays.fill(piece, fill);
                try {
                    for (long sent = 0; sent < total; sent += chunk) {
                        int n = (int) Math.min(chunk, total - sent);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(piece, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // The service stopped reading (it answered already): expected for a refused body.
                }
            }, "chunked-writer");
            writer.setDaemon(true);
            writer.start();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /** A small text body sent as a single chunk of {@code Transfer-Encoding: chunked}. */
    static Response sendChunkedText(String host, int port, String method, String path, Map<String, String> headers,
            String text, int timeoutMs) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n").append(Integer.toHexString(body.length)).append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /** Everything until the service closes; a reset after the answer arrived keeps what was read. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        String[] statusLine = head.split("\r\n", 2)[0].split(" ");
        int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
        return new Response(status, head, body);
    }
}
