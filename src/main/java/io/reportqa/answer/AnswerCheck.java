package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import io.reportqa.retrieve.Synonyms;
import java.text.Normalizer;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Whether a sentence answers what was asked: it names the measure asked about (or a synonym), states a value
 * of the class asked for after it (a total in 亿元 is not answered by a growth in %), and speaks of the year
 * asked, as a result or a target as asked. Word overlap ranks the sentences; this decides whether any answers.
 */
final class AnswerCheck {

    /**
     * Share of the measure's character pairs the sentence must hold. Two thirds lets 城镇登记失业率 match
     * 登记失业率 (4 of 6 pairs) and 高考本科上线率 match 本科上线率, while 城镇调查失业率 (3 of 6) does not.
     */
    static final double MIN_FOCUS_SHARE = 0.66;
    /** How far after the measure's name its value may stand (characters, after synonym folding). */
    static final int VALUE_REACH = 40;

    private final Map<String, Report> reports;
    private final ValueKinds kinds;
    private final Synonyms synonyms;

    AnswerCheck(Map<String, Report> reports) {
        this(reports, ValueKinds.DEFAULT, Synonyms.DEFAULT);
    }

    AnswerCheck(Map<String, Report> reports, ValueKinds kinds, Synonyms synonyms) {
        this.reports = reports;
        this.kinds = kinds;
        this.synonyms = synonyms;
    }

    /** True when the question says enough about what it wants for sentences to be checked at all. */
    static boolean applies(Asked asked) {
        return asked.measured() || strictKind(asked) || asked.year().isPresent()
                || asked.relative() != Asked.Relative.NONE || asked.want() != Asked.Want.ANY;
    }

    boolean passes(Asked asked, Paragraph p, String sentence) {
        // Older reports write full-width digits and signs (３０９．８元, １４．７％).
        String text = synonyms.canonical(Normalizer.normalize(sentence, Normalizer.Form.NFKC));
        int after = 0;
        if (asked.measured()) {
            after = focusEnd(asked, text);
            if (after < 0) {
                return false;
            }
        }
        if (strictKind(asked) && !hasValue(asked, text, asked.measured() ? after : -1)) {
            return false;
        }
        Report r = reports.get(p.reportId());
        if (r == null) {
            return true;
        }
        SentencePeriod period = SentencePeriod.of(r, p, sentence);
        OptionalInt year = asked.yearFor(SentencePeriod.planYear(r));
        if (year.isPresent() && !period.covers(year.getAsInt())) {
            return false;
        }
        return switch (asked.want()) {
            case RESULT -> period.mode() != SentencePeriod.Mode.TARGET;
            case TARGET -> period.mode() != SentencePeriod.Mode.RESULT || year.isEmpty() && !asked.measured();
            case ANY -> true;
        };
    }

    private static boolean strictKind(Asked asked) {
        return asked.asksAmount() && !asked.kind().equals(ValueKinds.ANY);
    }

    /** Where the last part of the measure ends in the folded sentence, or -1 when a part is missing. */
    int focusEnd(Asked asked, String text) {
        int end = -1;
        for (String part : asked.focus()) {
            String folded = synonyms.canonical(part);
            int at = text.indexOf(folded);
            if (at >= 0) {
                end = at + folded.length();
                continue;
            }
            if (folded.length() < 3) {
                return -1;
            }
            int found = 0;
            int last = -1;
            for (int i = 0; i + 2 <= folded.length(); i++) {
                int b = text.indexOf(folded.substring(i, i + 2));
                if (b >= 0) {
                    found++;
                    last = Math.max(last, b + 2);
                }
            }
            if ((double) found / (folded.length() - 1) < MIN_FOCUS_SHARE) {
                return -1;
            }
            end = last;
        }
        return end;
    }

    private boolean hasValue(Asked asked, String text, int after) {
        for (ValueKinds.Value v : kinds.values(text)) {
            boolean near = after < 0 || v.start() >= after - 2 && v.start() - after <= VALUE_REACH;
            if (near && fits(asked.kind(), v.kind())) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String asked, String found) {
        if (asked.equals(ValueKinds.AMOUNT)) {
            return !ValueKinds.RATE.equals(found);
        }
        return asked.equals(found);
    }

}
