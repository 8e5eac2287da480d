package io.reportqa.api.openai;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.reportqa.embed.ModelFiles;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Counts tokens as the service's model does: with the embedding model's own tokenizer ({@code tokenizer.json} of
 * bge-small-zh-v1.5, a WordPiece vocabulary in which a Chinese character is one token), without special tokens and
 * without truncation. {@code /v1}'s {@code usage} and {@code max_tokens} are counted with it.
 */
@Singleton
public class TokenCounter {

    private final HuggingFaceTokenizer tokenizer;

    @Inject
    TokenCounter(ModelFiles model) {
        this(model.tokenizer());
    }

    TokenCounter(Path tokenizerJson) {
        // DJL reports usage over the network unless told not to; nothing may leave this machine.
        System.setProperty("OPT_OUT_TRACKING", "true");
        try (InputStream in = Files.newInputStream(tokenizerJson)) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("addSpecialTokens", "false",
                    "truncation", "false", "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + tokenizerJson, e);
        }
    }

    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return tokenizer.encode(text).getIds().length;
    }

    /** The length (in chars) of the longest prefix of {@code text} that has at most {@code max} tokens. */
    public int prefixWithin(String text, int max) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (count(text.substring(0, mid)) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && lo < text.length() && Character.isHighSurrogate(text.charAt(lo - 1))) {
            lo--;
        }
        return lo;
    }

    @PreDestroy
    void close() {
        tokenizer.close();
    }
}
