package io.reportqa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.reportqa.embed.ModelFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The index is named by the model's content: a moved copy keeps it, other bytes under the same name do not. */
class FingerprintTest {

    private static final String A = "aa".repeat(32);
    private static final String B = "bb".repeat(32);
    private static final String T = "cc".repeat(32);

    @Test
    void should_key_on_the_model_digest_not_its_path() {
        String here = Fingerprint.of(300, "CLS", new ModelFiles(Path.of("models/m.onnx"), Path.of("models/t.json"), A, T));
        String moved = Fingerprint.of(300, "CLS", new ModelFiles(Path.of("/opt/x.onnx"), Path.of("/opt/t.json"), A, T));
        String replaced = Fingerprint.of(300, "CLS", new ModelFiles(Path.of("models/m.onnx"), Path.of("models/t.json"), B, T));
        String otherTokenizer = Fingerprint.of(300, "CLS", new ModelFiles(Path.of("models/m.onnx"), Path.of("models/t.json"), A, B));

        assertEquals(here, moved);
        assertNotEquals(here, replaced);
        assertNotEquals(here, otherTokenizer);
        assertNotEquals(here, Fingerprint.of(200, "CLS", new ModelFiles(Path.of("models/m.onnx"), Path.of("models/t.json"), A, T)));
    }
}
