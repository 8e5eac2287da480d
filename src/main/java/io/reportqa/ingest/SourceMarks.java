package io.reportqa.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short stable marks of texts: ids that would otherwise be equal, versions of the sources. */
public final class SourceMarks {

    private SourceMarks() {
    }

    /** The first {@code bytes} bytes of the text's SHA-256, in hex: the same text always gives the same mark. */
    public static String hex(String text, int bytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
