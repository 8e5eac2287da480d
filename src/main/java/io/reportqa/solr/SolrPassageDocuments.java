package io.reportqa.solr;

import io.reportqa.index.Fields;
import io.reportqa.model.Passage;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * One Solr document per passage, with the embedded index's field names. Unlike the embedded index, the passage
 * itself is stored: an instance that did not index a report must still be able to show its passages.
 */
final class SolrPassageDocuments {

    /** The {@code kind} of passage documents; searches and counts see only these. */
    static final String KIND = "kind";
    static final String PASSAGE = "passage";
    static final String ONLY_PASSAGES = KIND + ":" + PASSAGE;
    static final String PARAGRAPH = "paragraph";
    static final String PARAGRAPH_NUMBER = "paragraph_number";
    static final String START = "start";
    static final String END = "end";
    static final String STORED = String.join(",", Fields.ID, Fields.REPORT, Fields.WORDS, Fields.HEADER, PARAGRAPH,
            PARAGRAPH_NUMBER, START, END);

    private SolrPassageDocuments() {
    }

    static SolrInputDocument of(Passage p, float[] vector) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(KIND, PASSAGE);
        doc.setField(Fields.ID, p.id());
        doc.setField(Fields.REPORT, p.reportId());
        // The schema copies the words field into the bigrams field: the text travels once.
        doc.setField(Fields.WORDS, p.text());
        doc.setField(Fields.HEADER, p.header());
        doc.setField(PARAGRAPH, p.paragraphId());
        doc.setField(PARAGRAPH_NUMBER, p.paragraphNumber());
        doc.setField(START, p.start());
        doc.setField(END, p.end());
        List<Float> v = new ArrayList<>(vector.length);
        for (float x : vector) {
            v.add(x);
        }
        doc.setField(Fields.VECTOR, v);
        return doc;
    }

    static Passage passage(SolrDocument d) {
        return new Passage((String) d.getFieldValue(Fields.ID), (String) d.getFieldValue(Fields.REPORT),
                (String) d.getFieldValue(PARAGRAPH), (Integer) d.getFieldValue(PARAGRAPH_NUMBER),
                (String) d.getFieldValue(Fields.WORDS), (Integer) d.getFieldValue(START),
                (Integer) d.getFieldValue(END), (String) d.getFieldValue(Fields.HEADER));
    }
}
