package io.reportqa.api;

/**
 * What a person can see of a text: control characters become spaces, invisible format characters (zero-width
 * spaces, bidi overrides, soft hyphens, byte order marks) and unpaired surrogates are dropped. Questions pass
 * through it before anything else, so the pipeline never sees text a reader could not.
 */
final class VisibleText {

    private VisibleText() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when some letter or digit is left to ask about. */
    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
