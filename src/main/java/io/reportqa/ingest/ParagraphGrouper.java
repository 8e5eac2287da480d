package io.reportqa.ingest;

import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recovers paragraphs from text whose line breaks were lost. Work reports open a paragraph with an ordinal
 * ({@code 一是}, {@code 第二,}) or a short topic sentence without figures ({@code 狠抓宏观政策落地见效。}); where neither appears,
 * a paragraph is closed once it grows past a readable length, always at a sentence boundary.
 */
final class ParagraphGrouper {

    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,，、])");
    private static final int MAX_TOPIC_SENTENCE = 24;
    private static final int MIN_PARAGRAPH = 60;
    private static final int SOFT_MAX_PARAGRAPH = 420;
    private static final int MIN_BEFORE_SOFT_BREAK = 150;

    /** Groups of consecutive sentences, each group one paragraph. */
    List<List<Sentence>> group(List<Sentence> sentences) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        int length = 0;
        for (Sentence s : sentences) {
            if (!current.isEmpty() && startsParagraph(s, length)) {
                paragraphs.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(s);
            length += s.text().length();
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static boolean startsParagraph(Sentence s, int lengthSoFar) {
        String t = s.text();
        if (ORDINAL.matcher(t).find() || lengthSoFar >= MIN_PARAGRAPH && isTopicSentence(t)) {
            return true;
        }
        return lengthSoFar >= MIN_BEFORE_SOFT_BREAK && lengthSoFar + t.length() > SOFT_MAX_PARAGRAPH;
    }

    /** Topic sentences name a theme (产业链群不断壮大。); a short sentence with a figure is a fact in passing. */
    private static boolean isTopicSentence(String t) {
        return t.length() <= MAX_TOPIC_SENTENCE && t.indexOf(',') < 0 && t.indexOf('，') < 0
                && t.indexOf(':') < 0 && t.indexOf('：') < 0 && t.chars().noneMatch(Character::isDigit);
    }
}
