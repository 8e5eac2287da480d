package io.reportqa.api;

import io.reportqa.config.ReportQaConfig;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Optional API keys ({@code reportqa.api-keys}). When none are configured every request passes; otherwise a
 * protected endpoint needs {@code Authorization: Bearer <key>}. Keys are compared in constant time and never
 * logged or echoed.
 */
@Singleton
public class ApiKeys {

    private static final String BEARER = "Bearer ";

    private final List<byte[]> keys;

    ApiKeys(ReportQaConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Throws a 401 problem unless keys are off or the header carries one of them. */
    void require(String authorization) {
        if (keys.isEmpty()) {
            return;
        }
        byte[] given = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, given);
        }
        if (!match) {
            throw new ProblemException(401, "unauthorized", "需要 API 密钥 / API key required",
                    "请在 Authorization 头中提供有效的 Bearer 密钥 / Send a valid 'Authorization: Bearer <key>' header");
        }
    }
}
