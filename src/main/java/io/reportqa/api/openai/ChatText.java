package io.reportqa.api.openai;

import java.util.regex.Pattern;

/**
 * Report text made safe for chat clients that render Markdown or HTML. Reports are uploaded text, and what the
 * {@code /v1} content quotes from them must not become a link, an image (a remote one is fetched when shown), HTML
 * or a terminal escape in someone's client. The rule: ANSI escape sequences, control characters (but line breaks)
 * and invisible format characters (zero-width, bidi overrides) are removed; {@code < >} become full-width
 * {@code ＜ ＞}, so no tag or autolink can form; {@code [ ]} become full-width {@code ［ ］}, so no link, image or
 * link definition can form, except citation markers {@code [n]} not followed by {@code (} or {@code :}. The text
 * stays readable, with or without rendering; the {@code reportqa} extension keeps the exact report text.
 */
final class ChatText {

    /** CSI sequences ({@code ESC [ … final byte}) and other two-character escapes. */
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|\u001B.?");
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}\\]");

    private ChatText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = ESCAPES.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                var m = MARKER.matcher(s).region(i, s.length());
                if (m.lookingAt() && (m.end() == s.length() || s.charAt(m.end()) != '(' && s.charAt(m.end()) != ':')) {
                    out.append(s, i, m.end());
                    i = m.end() - 1;
                } else {
                    out.append('［');
                }
            } else if (c == ']') {
                out.append('］');
            } else if (c == '<') {
                out.append('＜');
            } else if (c == '>') {
                out.append('＞');
            } else if (c == '\n') {
                out.append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
