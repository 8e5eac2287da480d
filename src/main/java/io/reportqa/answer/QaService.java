package io.reportqa.answer;

import io.reportqa.metrics.Stages;
import io.reportqa.model.Answer;
import io.reportqa.model.Hit;
import io.reportqa.model.Report;
import io.reportqa.retrieve.HybridRetriever;
import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.SearchQuery;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The question-answering pipeline: resolve the question, scope it to its reports, retrieve, compose. */
public final class QaService {

    /** Levels a report's place has when it is about the whole country. */
    private static final Set<String> NATIONAL_LEVELS = Set.of("国家", "全国");
    private static final String NO_NATIONAL = "现有报告中没有全国（国务院）的政府工作报告，无法回答这个问题。";

    private final QuestionResolver resolver;
    private final AskedReader askedReader;
    private final PlaceDirectory places;
    private final TermStats stats;
    private final HybridRetriever retriever;
    private final ExtractiveComposer composer;
    private final ReportFactsAnswerer reportFacts = new ReportFactsAnswerer();
    private final Map<String, Report> reports;
    private final YearScope years;
    private final Optional<AnswerWriter> writer;
    private final Stages stages;

    public QaService(PlaceDirectory places, TermStats stats, HybridRetriever retriever, ExtractiveComposer composer,
            Map<String, Report> reports) {
        this(places, stats, retriever, composer, reports, Optional.empty());
    }

    /** @param writer a language model that rewrites answerable extractive answers, when one is configured */
    public QaService(PlaceDirectory places, TermStats stats, HybridRetriever retriever, ExtractiveComposer composer,
            Map<String, Report> reports, Optional<AnswerWriter> writer) {
        this(places, stats, retriever, composer, reports, writer, Stages.NONE);
    }

    /** @param stages told how long retrieval, composition and the language model took, and how answers ended */
    public QaService(PlaceDirectory places, TermStats stats, HybridRetriever retriever, ExtractiveComposer composer,
            Map<String, Report> reports, Optional<AnswerWriter> writer, Stages stages) {
        this.stages = stages;
        this.writer = writer;
        this.resolver = new QuestionResolver(places);
        this.askedReader = new AskedReader(places::withoutPlaces);
        this.places = places;
        this.stats = stats;
        this.retriever = retriever;
        this.composer = composer;
        this.reports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reports));
        this.years = new YearScope(this.reports);
    }

    /**
     * @param scope report ids the asker limits the question to; empty means all reports
     * @param topK passages to compose from
     */
    public Answer ask(String text, List<Turn> history, Set<String> scope, int topK) {
        return ask(text, history, scope, topK, AnswerListener.NONE);
    }

    /**
     * As {@link #ask(String, List, Set, int)}, telling {@code listener} what was found as soon as retrieval is
     * done, then the sources and the text as the answer is written, so a stream can show them early.
     */
    public Answer ask(String text, List<Turn> history, Set<String> scope, int topK, AnswerListener listener) {
        Question q = resolver.resolve(text, history);
        Draft d = draft(q, scope, topK, listener);
        if (writer.isPresent() && d.rewritable() && d.answer().answerable()) {
            String asked = q.context().isEmpty() ? q.text() : "（上一个问题：" + q.context() + "）" + q.text();
            Answer written = stages.time("llm", () -> writer.get().write(asked, d.answer(), d.hits(), listener));
            stages.answered(written);
            return written;
        }
        stages.answered(d.answer());
        listener.sources(d.answer().citations());
        AnswerPieces.of(d.answer().answer()).forEach(listener::text);
        return d.answer();
    }

    /**
     * The extractive answer and the passages it drew on; {@code rewritable} is false for answers a language model
     * has nothing to add to (refusals of unknown places, the report's own date and speaker).
     */
    private record Draft(Answer answer, List<Hit> hits, boolean rewritable) {
    }

    private Draft draft(Question q, Set<String> scope, int topK, AnswerListener listener) {
        Asked asked = askedReader.read(q);
        Intent intent = Intent.of(q, asked);
        QuestionTerms terms = new QuestionTerms(q, places, stats);
        Retrieval r = new Retrieval(terms, intent, true);
        if (asked.national() && q.places().isEmpty() && nationalReports().isEmpty()) {
            List<Hit> closest = search(q, scope, topK);
            listener.retrieved(closest);
            return new Draft(composer.refuse(composer.writer().write(NO_NATIONAL), closest, 0), closest, false);
        }
        if (q.asksAboutUnknownPlaceOnly()) {
            List<Hit> closest = search(q, scope, topK);
            listener.retrieved(closest);
            return new Draft(composer.refuse(composer.writer().write(unknownPlace(q)), closest, 0), closest, false);
        }
        if (q.isComparison()) {
            Map<String, List<Hit>> hits = new LinkedHashMap<>();
            q.places().forEach((place, ids) -> hits.put(place, r.retrieve(
                    new SearchQuery(q.text(), q.context(), narrow(ids, scope, q), topK))));
            List<Hit> all = hits.values().stream().flatMap(List::stream).toList();
            listener.retrieved(all);
            return new Draft(stages.time("compose", () -> composer.compare(terms, intent, hits)), all, true);
        }
        Set<String> ids = reportScope(q, scope);
        Optional<String> missing = years.missingReport(q, ids.isEmpty() ? reports.keySet() : ids);
        if (missing.isPresent()) {
            List<Hit> closest = r.retrieve(new SearchQuery(q.text(), q.context(), ids, topK));
            listener.retrieved(closest);
            return new Draft(composer.refuse(composer.writer().write(missing.get()), closest, 0), closest, false);
        }
        if (intent.reportFacts() && ids.size() == 1) {
            var facts = reportFacts.answer(reports.get(ids.iterator().next()), composer.writer());
            if (facts.isPresent()) {
                listener.retrieved(List.of());
                return new Draft(facts.get(), List.of(), false);
            }
        }
        List<Hit> hits = r.retrieve(new SearchQuery(q.text(), q.context(), ids, topK));
        listener.retrieved(hits);
        Answer composed = stages.time("compose", () -> composer.compose(terms, intent, hits));
        if (!composed.answerable()) {
            // A year's facts are in the report that reviews it or the one that plans it: when the first chosen
            // does not answer, the other may.
            Set<String> other = otherYearReports(q, ids);
            if (!other.isEmpty()) {
                List<Hit> more = r.retrieve(new SearchQuery(q.text(), q.context(), other, topK));
                // A measure of a past year asked without 目标 wants its result, not the target set for it.
                Intent second0 = asked.measured() && asked.want() == Asked.Want.ANY
                        ? intent.withAsked(asked.withWant(Asked.Want.RESULT)) : intent;
                Answer second = stages.time("compose", () -> composer.compose(terms, second0, more));
                if (second.answerable()) {
                    return new Draft(second, more, true);
                }
            }
        }
        return new Draft(composed.answerable() ? composed : sayYearNotCovered(composed, q, asked, ids), hits, true);
    }

    /** Retrieval only, scoped by the places the question names. */
    public List<Hit> search(String text, Set<String> scope, int k) {
        return search(resolver.resolve(text, List.of()), scope, k);
    }

    private List<Hit> search(Question q, Set<String> scope, int k) {
        Retrieval r = new Retrieval(new QuestionTerms(q, places, stats), Intent.of(q, askedReader.read(q)), false);
        return r.retrieve(new SearchQuery(q.text(), q.context(), reportScope(q, scope), k));
    }

    /**
     * Retrieval for one question: a deep fused list, re-ordered by its best sentences and cut to the size asked;
     * for composing, the fused list's own best follow ({@link HitReranker#widen}).
     */
    private final class Retrieval {
        private final QuestionTerms terms;
        private final Intent intent;
        private final boolean forAnswer;

        Retrieval(QuestionTerms terms, Intent intent, boolean forAnswer) {
            this.terms = terms;
            this.intent = intent;
            this.forAnswer = forAnswer;
        }

        List<Hit> retrieve(SearchQuery query) {
            SearchQuery deep = new SearchQuery(query.text(), query.context(), query.reportIds(),
                    Math.max(query.k(), HitReranker.POOL));
            HitReranker reranker = composer.reranker();
            return stages.time("retrieve", () -> forAnswer
                    ? reranker.widen(terms, intent, retriever.retrieve(deep), query.k())
                    : reranker.rerank(terms, intent, retriever.retrieve(deep), query.k()));
        }
    }

    private Set<String> reportScope(Question q, Set<String> scope) {
        Set<String> named = new LinkedHashSet<>();
        q.places().values().forEach(named::addAll);
        if (named.isEmpty() && askedReader.read(q).national()) {
            named.addAll(nationalReports());
        }
        // "2012年政府工作报告把…" without a place: the reports of that year.
        java.util.OptionalInt reportYear = YearScope.reportYear(q.text());
        if (named.isEmpty() && reportYear.isPresent()) {
            reports.values().stream().filter(r -> r.year() == reportYear.getAsInt()).forEach(r -> named.add(r.id()));
        }
        return narrow(named, scope, q);
    }

    /**
     * The named reports within the asker's scope, one per place where the year asked about decides (see
     * {@link YearScope}); when the names fall outside the scope, the scope wins.
     */
    private Set<String> narrow(Set<String> named, Set<String> scope, Question q) {
        Set<String> ids = new LinkedHashSet<>(named);
        if (!scope.isEmpty()) {
            ids.retainAll(scope);
            if (ids.isEmpty()) {
                return Set.copyOf(scope);
            }
        }
        return years.choose(ids, q);
    }

    /**
     * A refusal of a question about a year that none of its reports reviews or plans says which years the
     * reports are about: "现有咸阳市的报告是2022年的，所问的2025年不是其回顾或部署的年份；…"
     */
    private Answer sayYearNotCovered(Answer refused, Question q, Asked asked, Set<String> ids) {
        if (asked.year().isEmpty() || ids.isEmpty() || q.places().isEmpty()) {
            return refused;
        }
        int y = asked.year().getAsInt();
        Set<Integer> years = new java.util.TreeSet<>();
        for (String id : ids) {
            int plan = SentencePeriod.planYear(reports.get(id));
            if (y == plan || y == plan - 1) {
                return refused;
            }
            years.add(reports.get(id).year());
        }
        String place = String.join("、", q.places().keySet());
        String note = "现有" + place + "的报告是" + years.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b)
                .orElse("") + "年的，所问的" + y + "年不是其回顾或部署的年份；";
        return new Answer(note + refused.answer(), false, refused.citations(), refused.confidence());
    }

    /** The reports of the same places for the asked year Y or Y+1 that the scope left out. */
    private Set<String> otherYearReports(Question q, Set<String> ids) {
        if (q.year().isEmpty() || ids.isEmpty()) {
            return Set.of();
        }
        int y = q.year().getAsInt();
        Set<String> placesOf = new LinkedHashSet<>();
        ids.forEach(id -> placesOf.add(reports.get(id).place().name()));
        Set<String> out = new LinkedHashSet<>();
        for (Report r : reports.values()) {
            if (!ids.contains(r.id()) && placesOf.contains(r.place().name()) && (r.year() == y || r.year() == y + 1)) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** Reports of the country as a whole (国务院政府工作报告), by the level their metadata gives. */
    private Set<String> nationalReports() {
        Set<String> out = new LinkedHashSet<>();
        reports.values().stream().filter(r -> NATIONAL_LEVELS.contains(r.place().level())).forEach(r -> out.add(r.id()));
        return out;
    }

    private String unknownPlace(Question q) {
        Set<String> known = new LinkedHashSet<>();
        reports.values().forEach(r -> known.add(r.place().shortName()));
        return "现有报告中没有关于" + String.join("、", q.unknownPlaces()) + "的政府工作报告，无法回答。目前收录的报告涉及："
                + String.join("、", known) + "。";
    }
}
