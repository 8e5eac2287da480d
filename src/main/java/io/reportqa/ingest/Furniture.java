package io.reportqa.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/** Web-page furniture that is not report text: recognised line by line and never cited. */
public enum Furniture {
    PUBLICATION_LINE("^\\d{4}[年-]\\d{1,2}[月-]\\d{1,2}日?\\s+\\d{1,2}:\\d{2}.*来源"),
    METADATA_TABLE("^[^|]{1,12}[:：]\\s*\\|.*\\|"),
    MORE_LINK("^点击查阅更多"),
    TRUNCATION_MARK("^查看余下全文"),
    SITE_FOOTER("^(-\\s*)?(联系我们|企业入驻|有想补充的信息)"),
    COMPILATION_SEPARATOR("^-$"),
    /** A page's title printed again after the text (this one is matched by the reader, which knows the title). */
    REPEATED_TITLE("(?!)"),
    COMPILATION_DATE("^\\d{4}-\\d{2}-\\d{2}$");

    private final Pattern pattern;

    Furniture(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The kind of furniture the (trimmed) line is, if it is any. */
    public static Optional<Furniture> of(String line) {
        String trimmed = line.strip();
        for (Furniture f : values()) {
            if (f.pattern.matcher(trimmed).find()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
