package io.reportqa.app;

import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.OnnxModelLoader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names how an index is built: chunking, model and index layout. Any change gives a new name, and a new name
 * means a rebuild; changes to the reports themselves are followed passage by passage instead.
 */
final class Fingerprint {

    /** Bump when parsing, chunking or the document layout changes in a way the inputs do not show. */
    static final String INDEX_FORMAT = "reportqa-index-9";

    private Fingerprint() {
    }

    static String of(ReportQaConfig config) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, INDEX_FORMAT);
            update(sha, "chars=" + config.retrieval().passageChars());
            update(sha, OnnxModelLoader.describe(config.model().path(), config.model().tokenizerPath()));
            update(sha, config.model().pooling());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
