package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the sentences of an answer: the best one, then any sentence that covers a good share of the question's
 * terms the first left out (multi-part questions), and for a list whose lead sentence only announces it, the
 * sentences that follow in the same paragraph. The best sentence leads; the others follow in reading order.
 */
final class SentencePicker {

    private static final double MIN_GAIN = 0.15;
    private static final double MIN_RELATIVE_SCORE = 0.55;
    private static final int MAX_SENTENCES = 3;
    private static final int SHORT_LEAD = 60;
    private static final int MAX_LIST_CHARS = 400;
    private static final int DEFAULT_LIST_SIZE = 4;

    private final ListGatherer lists;

    SentencePicker(ListGatherer lists) {
        this.lists = lists;
    }

    List<Candidate> pick(List<Candidate> ranked, QuestionTerms terms, Intent intent) {
        Candidate best = ranked.get(0);
        List<Candidate> chosen = new ArrayList<>(List.of(best));
        Set<String> covered = new HashSet<>(contained(terms, best));
        double total = Math.max(terms.ownTotal(), 1e-9);
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (chosen.size() == MAX_SENTENCES) {
                break;
            }
            double gain = 0;
            for (var e : terms.own.entrySet()) {
                if (!covered.contains(e.getKey()) && c.folded().contains(e.getKey())) {
                    gain += e.getValue();
                }
            }
            if (gain / total >= MIN_GAIN && c.score() >= MIN_RELATIVE_SCORE * best.score()) {
                chosen.add(c);
                covered.addAll(contained(terms, c));
            }
        }
        if (intent.list() && ListGatherer.isOrdinalItem(best.sentence().text())) {
            List<Candidate> sequence = lists.sequence(best, intent.asked().listSize());
            if (sequence.size() > 1) {
                return sequence;
            }
        }
        if (intent.list() && ListGatherer.announces(best.sentence().text())) {
            List<Candidate> items = lists.gather(best, intent.asked().listSize());
            if (items.size() >= 2) {
                // The report lays the list out after its lead: that is the answer, with nothing between its items.
                List<Candidate> laidOut = new ArrayList<>(List.of(best));
                laidOut.addAll(items);
                return laidOut;
            }
            for (Candidate item : items) {
                if (chosen.stream().noneMatch(c -> c.paragraph() == item.paragraph() && c.index() == item.index())) {
                    chosen.add(item);
                }
            }
        } else if (intent.list() && best.sentence().text().length() < SHORT_LEAD) {
            addFollowing(best, intent, chosen);
        }
        List<Candidate> rest = new ArrayList<>(chosen.subList(1, chosen.size()));
        rest.sort(Comparator.comparingInt((Candidate c) -> c.paragraph().number()).thenComparingInt(Candidate::index));
        List<Candidate> ordered = new ArrayList<>(List.of(best));
        ordered.addAll(rest);
        return ordered;
    }

    private static List<String> contained(QuestionTerms terms, Candidate c) {
        return terms.own.keySet().stream().filter(c.folded()::contains).toList();
    }

    private static void addFollowing(Candidate lead, Intent intent, List<Candidate> chosen) {
        Paragraph p = lead.paragraph();
        int wanted = intent.listSize() > 0 ? intent.listSize() : DEFAULT_LIST_SIZE;
        int chars = lead.sentence().text().length();
        for (int i = lead.index() + 1; i < p.sentences().size() && i <= lead.index() + wanted; i++) {
            Sentence s = p.sentences().get(i);
            chars += s.text().length();
            if (chars > MAX_LIST_CHARS) {
                break;
            }
            int index = i;
            if (chosen.stream().noneMatch(c -> c.paragraph() == p && c.index() == index)) {
                chosen.add(new Candidate(p, i, s, s.text(), 0, lead.score(), lead.rank()));
            }
        }
    }
}
