package io.reportqa.app;

import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.ModelFiles;
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
    static final String INDEX_FORMAT = "reportqa-index-10";

    private Fingerprint() {
    }

    /** The model counts by content (the SHA-256 of its files), so moving or renaming it keeps the index. */
    static String of(ReportQaConfig config, ModelFiles model) {
        return of(config.retrieval().passageChars(), config.model().pooling(), model);
    }

    static String of(int passageChars, String pooling, ModelFiles model) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, INDEX_FORMAT);
            update(sha, "chars=" + passageChars);
            update(sha, "model=" + model.modelSha256());
            update(sha, "tokenizer=" + model.tokenizerSha256());
            update(sha, pooling);
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
