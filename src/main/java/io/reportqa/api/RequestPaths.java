package io.reportqa.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Request paths as the router sees them. The HTTP layer hands the raw path of the request line on, but routing
 * matches a normalised one ({@code //api/x}, {@code /api/%78}, {@code /api/./x} and {@code /api/y/../x} all reach
 * {@code /api/x}), so any check made on a path must be made on what it routes to. Paths in normal form are the
 * only ones served at all ({@link #isNormal}); {@link #canonical} is what a check compares, and it is wider than
 * the router's normalisation, so that a check errs towards protecting.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * True for a path the router would serve under the very same name: it starts with {@code /}, has no empty
     * ({@code //}), {@code .} or {@code ..} segment, no {@code ;} (matrix parameters), and no percent escape of a
     * character that needs none (letters, digits, {@code -._~}) or of {@code /} and {@code \}; every escape is
     * well formed.
     */
    static boolean isNormal(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.contains("//") || path.indexOf(';') >= 0) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%') {
                int b = i + 2 < path.length() ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
                if (b < 0 || unreserved((char) b) || b == '/' || b == '\\') {
                    return false;
                }
                i += 2;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The path every check compares: escapes decoded (all of them, as UTF-8), matrix parameters dropped, empty
     * and {@code .} segments removed, {@code ..} applied, lower case. Never {@code null}.
     */
    static String canonical(String path) {
        if (path == null) {
            return "/";
        }
        Deque<String> out = new ArrayDeque<>();
        for (String raw : decode(path).replace('\\', '/').split("/")) {
            int semicolon = raw.indexOf(';');
            String segment = semicolon >= 0 ? raw.substring(0, semicolon) : raw;
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                out.pollLast();
            } else {
                out.addLast(segment);
            }
        }
        return ("/" + String.join("/", out)).toLowerCase(Locale.ROOT);
    }

    /** True when the request goes to the API ({@code /api/…}, {@code /v1/…}) once normalised. */
    static boolean isApi(String path) {
        String c = canonical(path);
        return c.equals("/api") || c.startsWith("/api/") || c.equals("/v1") || c.startsWith("/v1/");
    }

    /** The path as it may be written to a log: control characters escaped, at most 300 characters. */
    static String forLog(String path) {
        if (path == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length() && out.length() < 300; i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() < path.length() ? out + "…" : out.toString();
    }

    private static String decode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int b = c == '%' && i + 2 < path.length() ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
            if (b >= 0) {
                bytes.write(b);
                i += 2;
            } else {
                int cp = path.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static int hex(char hi, char lo) {
        int h = Character.digit(hi, 16);
        int l = Character.digit(lo, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
