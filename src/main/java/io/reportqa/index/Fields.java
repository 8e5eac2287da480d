package io.reportqa.index;

/** Every Lucene field name, in one place. */
public final class Fields {

    /** Passage id: keyword, stored, and doc values so ties and updates go by it. */
    public static final String ID = "id";
    /** Report id: keyword, for restricting a search to the reports a question names. */
    public static final String REPORT = "report";
    /** Passage text as SmartChinese words: matches whole terms such as 地区生产总值. */
    public static final String WORDS = "words";
    /** Passage text as CJK bigrams and whole numbers: matches where word segmentation disagrees. */
    public static final String BIGRAMS = "bigrams";
    /** Report title and section path as bigrams: context the passage itself may not state. */
    public static final String HEADER = "header";
    /** Hash of what was indexed for the passage (header and text): doc values, so a start-up can see what changed. */
    public static final String KEY = "key";
    /** Embedding of header + passage. */
    public static final String VECTOR = "vector";
    /** Keys and 8-bit vectors of the passage's sentences as the answer step compares them ({@link SentenceVectors}). */
    public static final String SENTENCES = "sentences";

    private Fields() {
    }
}
