package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.ingest.SentenceSplitter;
import io.reportqa.model.Hit;
import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Passage;
import io.reportqa.model.Place;
import io.reportqa.model.Report;
import io.reportqa.retrieve.PlaceDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Fused hits re-ordered by their best sentence, as the answer step judges sentences. */
class HitRerankerTest {

    private static final String[] TEXTS = {
        "重点围绕发展新质生产力，全力落实三大先导产业新一轮方案，出台实施区块链、低空经济、大飞机等产业支持政策。",
        "启动运行总规模1000亿元的三大先导产业母基金和未来产业基金，引导金融资本投早、投小。",
        "集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元，新增国家级专精特新小巨人企业。",
    };

    private final Map<String, Paragraph> paragraphs = new LinkedHashMap<>();
    private final List<Hit> fused = new ArrayList<>();
    private final Report report;

    HitRerankerTest() {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Paragraph> list = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            String id = "sh-2025/p" + (i + 1);
            Paragraph p = new Paragraph(id, "sh-2025", i + 1, ParagraphKind.TEXT, "一、2024年工作回顾", "", TEXTS[i],
                    0, TEXTS[i].length(), splitter.split(TEXTS[i], 0));
            paragraphs.put(id, p);
            list.add(p);
            fused.add(new Hit(new Passage(id + "/s0", "sh-2025", id, i + 1, TEXTS[i], 0, TEXTS[i].length(), ""),
                    1.0 / (i + 1), i + 1));
        }
        report = new Report("sh-2025", "2025年上海市政府工作报告", "", new Place("上海市", "上海", "省级"), null, "", "f", list);
    }

    private List<String> order(String question, int k, boolean widen) {
        Question q = new Question(question, "", Map.of(), List.of(), OptionalInt.empty(), Question.Period.ANY);
        PlaceDirectory places = PlaceDirectory.of(List.of(report));
        Intent intent = Intent.of(q, new AskedReader(places::withoutPlaces).read(q));
        QuestionTerms terms = new QuestionTerms(q, places, new TermStats(List.of(report)));
        HitReranker reranker = new HitReranker(new SentenceScorer(paragraphs));
        List<Hit> out = widen ? reranker.widen(terms, intent, fused, k) : reranker.rerank(terms, intent, fused, k);
        return out.stream().map(h -> h.passage().paragraphId() + "#" + h.rank()).toList();
    }

    @Test
    void should_lift_the_passage_whose_sentence_lays_out_the_list_asked_for() {
        assertEquals(List.of("sh-2025/p3#1", "sh-2025/p1#2"), order("上海的三大先导产业是哪三个？", 2, false));
    }

    @Test
    void should_compose_from_the_fused_best_and_the_best_of_the_new_order_each_at_its_better_rank() {
        assertEquals(List.of("sh-2025/p1#1", "sh-2025/p3#1"), order("上海的三大先导产业是哪三个？", 1, true).subList(0, 2));
    }
}
