package io.reportqa.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The bundled corpus, indexed once per build into target/ and reused while it is unchanged. */
public class RealCorpusProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("reportqa.corpus-dir", "corpus", "reportqa.data-dir", "target/test-data/real");
    }
}
