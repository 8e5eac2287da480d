package io.reportqa.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model file is the one its digest names, or start-up stops and says which file and which digests. */
class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_accept_the_checked_in_model_whose_digest_sits_beside_it() throws IOException {
        String sidecar = Files.readString(Path.of(LocalModel.MODEL + ".sha256"), StandardCharsets.UTF_8);
        assertTrue(sidecar.matches("[0-9a-f]{64}  bge-small-zh-v1\\.5-int8-matmul\\.onnx\\n"), sidecar);

        ModelFiles files = ModelFiles.checked(LocalModel.MODEL, LocalModel.TOKENIZER, Optional.empty());

        assertEquals(sidecar.substring(0, 64), files.modelSha256());
        assertEquals(ModelFiles.sha256(LocalModel.TOKENIZER), files.tokenizerSha256());
    }

    @Test
    void should_stop_naming_the_file_and_both_digests_when_the_model_is_not_the_expected_one() throws IOException {
        Path model = Files.writeString(dir.resolve("model.onnx"), "not the model");
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
        String expected = "ab".repeat(32);
        Files.writeString(dir.resolve("model.onnx.sha256"), expected + "  model.onnx\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModelFiles.checked(model, tokenizer, Optional.empty()));

        String actual = ModelFiles.sha256(model);
        assertTrue(e.getMessage().contains(model.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(actual), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("model.onnx.sha256"), e.getMessage());
    }

    @Test
    void should_prefer_the_configured_digest_to_the_file_beside_the_model() throws IOException {
        Path model = Files.writeString(dir.resolve("model.onnx"), "a model");
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
        String actual = ModelFiles.sha256(model);
        Files.writeString(dir.resolve("model.onnx.sha256"), "00".repeat(32) + "  model.onnx\n");

        assertEquals(actual, ModelFiles.checked(model, tokenizer, Optional.of(actual.toUpperCase())).modelSha256());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModelFiles.checked(model, tokenizer, Optional.of("cd".repeat(32))));
        assertTrue(e.getMessage().contains("reportqa.model.sha256"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ModelFiles.checked(model, tokenizer, Optional.of("abc")));
    }

    @Test
    void should_load_a_model_without_any_digest_unchecked() throws IOException {
        Path model = Files.writeString(dir.resolve("other.onnx"), "another model");
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");

        assertEquals(ModelFiles.sha256(model), ModelFiles.checked(model, tokenizer, Optional.empty()).modelSha256());
    }

    @Test
    void should_name_a_missing_tokenizer() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModelFiles.checked(LocalModel.MODEL, dir.resolve("missing-tokenizer.json"), Optional.empty()));
        assertTrue(e.getMessage().contains("missing-tokenizer.json"), e.getMessage());
    }

    @Test
    void should_extract_the_bundled_fp32_model_and_tokenizer() {
        ModelFiles files = ModelFiles.bundled(dir);

        assertEquals("69a0b846f4f116b5e6aabf9546ea6754d02264f3211a13a1bd69b31b8040749a", files.modelSha256());
        assertEquals("48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26", files.tokenizerSha256());
        assertTrue(files.model().startsWith(dir) && files.tokenizer().startsWith(dir), files.describe());
    }
}
