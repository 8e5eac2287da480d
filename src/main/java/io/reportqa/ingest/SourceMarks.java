package io.reportqa.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short stable marks of names, to tell apart ids that would otherwise be equal. */
final class SourceMarks {

    private SourceMarks() {
    }

    /** Four hex digits of the name's SHA-256: the same name always gives the same mark. */
    static String shortHash(String name) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
