package io.reportqa.model;

/** What a paragraph is, so headings and front matter are never mistaken for answers. */
public enum ParagraphKind {
    /** Dateline, speaker and salutation before the report body. */
    FRONT,
    /** A part title such as {@code 一、2021年工作回顾}. */
    HEADING,
    /** Body text. */
    TEXT
}
