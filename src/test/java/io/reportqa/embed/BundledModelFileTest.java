package io.reportqa.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model is extracted once, reused while whole, and replaced when damaged. */
class BundledModelFileTest {

    @TempDir
    Path cache;

    @Test
    void should_extract_once_and_reuse_the_file_while_it_is_whole() throws IOException {
        Path file = BundledModelFile.in(cache, OnnxModelLoader.BUNDLED_MODEL);
        assertTrue(file.getFileName().toString().matches("bge-small-zh-v1\\.5-[0-9a-f]{8}\\.onnx"), file.toString());
        assertTrue(Files.size(file) > 90_000_000, "the whole model: " + Files.size(file));
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, written);

        assertEquals(file, BundledModelFile.in(cache, OnnxModelLoader.BUNDLED_MODEL));
        assertEquals(written, Files.getLastModifiedTime(file), "not written again");

        Files.write(file, new byte[] {1, 2, 3});
        Path again = BundledModelFile.in(cache, OnnxModelLoader.BUNDLED_MODEL);
        assertTrue(Files.size(again) > 90_000_000, "a truncated copy is replaced");
        try (var left = Files.list(cache)) {
            assertEquals(1, left.count(), "no scratch files left behind");
        }
    }
}
