package io.reportqa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the Dockerfile honest without a Docker engine: after {@code mvn package}, everything it copies exists,
 * and the runtime stage's layout, environment and entrypoint, rebuilt in a folder, start a service that answers
 * its HEALTHCHECK and a question.
 */
class DockerfileIT {

    private static final Pattern COPY = Pattern.compile("^COPY\\s+(--from=\\S+\\s+)?(\\S+)\\s+(\\S+)$");
    private static final Pattern ENV_PAIR = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");
    private static final String BUILD_ROOT = "/src/";

    private final List<String> lines = dockerfile();
    private Process service;

    @TempDir
    Path image;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void should_copy_only_what_the_build_produces() {
        for (String[] copy : copies()) {
            Path source = Path.of(copy[1].startsWith(BUILD_ROOT) ? copy[1].substring(BUILD_ROOT.length()) : copy[1]);
            assertTrue(Files.exists(source), "COPY source missing after package: " + copy[1]);
        }
    }

    @Test
    void should_start_from_the_runtime_layout_and_pass_its_healthcheck() throws Exception {
        String workdir = runtimeWorkdir();
        for (String[] copy : copies()) {
            if (copy[0] == null || copy[1].startsWith(BUILD_ROOT)) {
                Path source = Path.of(copy[1].startsWith(BUILD_ROOT) ? copy[1].substring(BUILD_ROOT.length()) : copy[1]);
                copyTree(copy[1].startsWith("corpus") ? Path.of("src/test/resources/fixture-corpus") : source,
                        image.resolve(copy[2]));
            }
        }
        Map<String, String> env = runtimeEnv(workdir);
        int port = freePort();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String entry = entrypoint().replace(workdir + "/", image + "/");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", entry).directory(image.toFile())
                .redirectErrorStream(true).redirectOutput(image.resolve("service.log").toFile());
        pb.environment().putAll(env);
        service = pb.start();

        String health = healthcheckPath();
        assertEquals(200, waitFor("http://127.0.0.1:" + port + health, Duration.ofSeconds(120)),
                () -> "HEALTHCHECK " + health + " never passed; log:\n" + log());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"白河区新增市场主体多少户?\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("4800户"), answer.body());
        assertTrue(Files.isDirectory(image.resolve("data")) || Files.isDirectory(Path.of(env.get("REPORTQA_DATA_DIR"))));
    }

    private static List<String> dockerfile() {
        try {
            List<String> out = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (String line : Files.readAllLines(Path.of("Dockerfile"), StandardCharsets.UTF_8)) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    joined.append(line, 0, line.length() - 1).append(' ');
                } else {
                    out.add(joined.append(line).toString().strip());
                    joined.setLength(0);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** [from-stage or null, source, destination relative to the runtime workdir] for every COPY. */
    private List<String[]> copies() {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = COPY.matcher(line);
            if (m.matches()) {
                String dest = m.group(3).replaceFirst("^\\./", "").replaceFirst("^" + Pattern.quote(runtimeWorkdir()) + "/?", "");
                out.add(new String[] {m.group(1), m.group(2), dest.isEmpty() ? "." : dest});
            }
        }
        return out.stream().filter(c -> c[0] != null || !List.of("pom.xml", "src").contains(c[1].replaceAll("/$", "")))
                .toList();
    }

    private List<String> runtimeStage() {
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return lines.subList(last, lines.size());
    }

    private String runtimeWorkdir() {
        return runtimeStage().stream().filter(l -> l.startsWith("WORKDIR ")).map(l -> l.substring(8).strip())
                .reduce((a, b) -> b).orElse("/");
    }

    private Map<String, String> runtimeEnv(String workdir) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : runtimeStage()) {
            if (line.startsWith("ENV ")) {
                Matcher m = ENV_PAIR.matcher(line.substring(4));
                while (m.find()) {
                    env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", "").replace(workdir, image.toString()));
                }
            }
        }
        return env;
    }

    private String entrypoint() {
        String line = runtimeStage().stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
        while (m.find()) {
            parts.add(m.group(1));
        }
        assertEquals(List.of("sh", "-c"), parts.subList(0, 2), "ENTRYPOINT is expected as [\"sh\", \"-c\", \"…\"]");
        return parts.get(2);
    }

    private String healthcheckPath() {
        String line = runtimeStage().stream().filter(l -> l.startsWith("HEALTHCHECK ")).findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile has no HEALTHCHECK"));
        Matcher m = Pattern.compile("http://(?:127\\.0\\.0\\.1|localhost):\\d+(/\\S*)").matcher(line);
        assertTrue(m.find(), "HEALTHCHECK should probe the service over HTTP: " + line);
        return m.group(1);
    }

    private static int waitFor(String url, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        int status = -1;
        while (System.nanoTime() < end) {
            try {
                status = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return status;
    }

    private String log() {
        try {
            return Files.readString(image.resolve("service.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
