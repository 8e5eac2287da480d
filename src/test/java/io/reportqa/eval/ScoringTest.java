package io.reportqa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the reference scoring script, case by case. */
class ScoringTest {

    @Test
    void should_hold_keys_after_nfkc_without_spaces_and_case() {
        assertTrue(Scoring.keysHold("增长 8%左右", List.of(List.of("8%"))));
        assertTrue(Scoring.keysHold("PM2.5下降", List.of(List.of("pm2.5"))));
        assertTrue(Scoring.keysHold("蔬菜、柑橘", List.of(List.of("蔬菜"), List.of("橙子", "柑橘"))));
        assertFalse(Scoring.keysHold("蔬菜", List.of(List.of("蔬菜"), List.of("柑橘"))));
    }

    @Test
    void should_cover_evidence_by_containment_or_a_twelve_character_run() {
        assertTrue(Scoring.covers("前文。新增各类市场主体1237户。后文", "新增各类市场主体1237户"));
        assertTrue(Scoring.covers("xx地区生产总值首次突破300亿元yy", "地区生产总值首次突破300亿元,预计达到306亿元"));
        assertFalse(Scoring.covers("地区生产总值首次突破", "地区生产总值首次突破300亿元,预计达到306亿元"));
        assertTrue(Scoring.covers("短证据", "短证据"));
    }

    @Test
    void should_find_the_longest_common_run() {
        assertEquals(4, Scoring.longestCommonRun("abcdxyz", "zzbcdxq"));
        assertEquals(0, Scoring.longestCommonRun("", "abc"));
    }

    @Test
    void should_read_question_files_and_name_a_bad_line() {
        List<EvalItem> items = new EvalReader().read("""
                {"id":"a","type":"fact","history":[],"question":"问?","answer_keys":[["1"]],"evidence":["e"]}

                {"id":"b","type":"unanswerable","question":"问2?"}
                """);
        assertEquals(2, items.size());
        assertTrue(items.get(1).unanswerable());
        assertEquals(List.of(), items.get(1).history());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EvalReader().read("{\"id\":\"a\",\"question\":\"q\"}\nnot json"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
