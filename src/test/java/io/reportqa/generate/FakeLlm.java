package io.reportqa.generate;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * Starts a {@link FakeOpenAiServer} for a test class and points the service's language model at it, with a
 * short timeout so the slow-model case is quick. The server is injected into fields marked {@link Server}.
 */
public final class FakeLlm implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link FakeOpenAiServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    /** The fixture corpus with the language model switched on. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlm.class));
        }
    }

    public static final int TIMEOUT_MS = 1500;

    private FakeOpenAiServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new FakeOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("reportqa.llm.enabled", "true", "reportqa.llm.base-url", server.baseUrl(),
                "reportqa.llm.model", "fake-model", "reportqa.llm.api-key", "sk-test-secret",
                "reportqa.llm.timeout", TIMEOUT_MS + "ms");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, FakeOpenAiServer.class));
    }

    @Override
    public void stop() {
        server.close();
    }
}
