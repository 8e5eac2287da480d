package io.reportqa.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checked-in dictionary of equivalent terms (domain/synonyms.tsv). */
class SynonymsTest {

    private final Synonyms synonyms = Synonyms.DEFAULT;

    @Test
    void should_fold_every_variant_of_a_group_to_one_mark() {
        assertEquals(synonyms.canonical("地区生产总值"), synonyms.canonical("GDP"));
        assertEquals(synonyms.canonical("经济总量"), synonyms.canonical("生产总值"));
        assertEquals(synonyms.canonical("PM2.5平均浓度"), synonyms.canonical("细颗粒物年均浓度"));
        assertEquals(synonyms.canonical("规上工业"), synonyms.canonical("规模以上工业"));
        assertEquals(synonyms.canonical("CPI"), synonyms.canonical("居民消费价格"));
        assertEquals(synonyms.canonical("R&D投入"), synonyms.canonical("研发投入投入"));
    }

    @Test
    void should_widen_a_search_with_the_other_variants() {
        assertTrue(synonyms.expansions("辽宁去年细颗粒物浓度").contains("PM2.5"));
        assertTrue(synonyms.expansions("咸阳经济总量").contains("地区生产总值"));
        assertTrue(synonyms.variantsOf("细颗粒物").contains("pm2.5"));
    }

    @Test
    void should_write_latin_variants_in_chinese_for_the_segmenter() {
        assertEquals("东丽区的 研发投入 强度", synonyms.inChinese("东丽区的R&D强度").replace("  ", " "));
        assertEquals("河北 地区生产总值 增速", synonyms.inChinese("河北gdp增速").replace("  ", " "));
    }

    @Test
    void should_hold_each_term_in_one_group_only() {
        Set<String> seen = new HashSet<>();
        synonyms.groups().forEach(g -> g.forEach(v -> assertTrue(seen.add(v), v + " is in two groups")));
    }
}
