package io.reportqa.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.generate.CitationCheck.Verdict;
import io.reportqa.model.Citation;
import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationCheckTest {

    private static Source source(int n, String header, String text) {
        Paragraph p = new Paragraph("r/p" + n, "r", n, ParagraphKind.values()[0], "", "", text, 0, text.length(),
                List.of());
        Citation c = new Citation(n, "r", "t", "", n, p.id(), text, 0, text.length(), "", 0, 0, 1);
        return new Source(c, p, header);
    }

    private final CitationCheck check = new CitationCheck(List.of(
            source(1, "《2022年咸阳市政府工作报告》", "全市经济总量2,581.3亿元，增长6.5%。"),
            source(2, "《2022年咸阳市政府工作报告》", "城镇新增就业3.2万人。")));

    @Test
    void should_keep_a_sentence_whose_numbers_are_in_what_it_cites_and_restyle_its_marker() {
        var c = check.check("2022年报告显示，经济总量2581.3亿元，增长6.5%。[1]");
        assertEquals(Verdict.KEPT, c.verdict());
        assertEquals("2022年报告显示，经济总量2581.3亿元，增长6.5%[1]。", c.text());
    }

    @Test
    void should_accept_full_width_and_grouped_markers() {
        assertEquals(Set.of(1, 2), check.check("总量２５８１.３亿元，新增就业3.2万人【1、2】。").cited());
        assertEquals(Verdict.KEPT, check.check("新增就业3.2万人[1,2]").verdict());
        assertEquals("新增就业3.2万人[1][2]。", check.check("新增就业3.2万人[1,2]").text());
    }

    @Test
    void should_reject_a_number_found_only_in_another_source() {
        assertEquals(Verdict.UNSUPPORTED_NUMBER, check.check("新增就业3.2万人[1]。").verdict());
        assertEquals(Verdict.UNSUPPORTED_NUMBER, check.check("增长6.6%[1]。").verdict());
        assertEquals(Verdict.UNSUPPORTED_NUMBER, check.check("总量581.3亿元[1]。").verdict());
    }

    @Test
    void should_reject_sentences_without_a_citation_or_citing_an_unknown_source() {
        assertEquals(Verdict.NO_CITATION, check.check("报告中未提及。").verdict());
        assertEquals(Verdict.UNKNOWN_SOURCE, check.check("增长6.5%[1][3]。").verdict());
        assertEquals(Verdict.UNKNOWN_SOURCE, check.check("增长6.5%[0]。").verdict());
    }

    @Test
    void should_treat_a_marker_alone_as_no_claim() {
        assertTrue(CitationCheck.blank(" [1] "));
    }
}
