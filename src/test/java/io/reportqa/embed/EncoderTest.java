package io.reportqa.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pins the encoder: dimension, unit length, the query instruction, and that meaning drives similarity. */
class EncoderTest {

    private final Encoder encoder = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION);

    @Test
    void should_embed_into_512_unit_length_dimensions() {
        float[] v = encoder.passages(List.of("全市经济总量2581.3亿元")).get(0);
        assertEquals(512, v.length);
        assertEquals(512, encoder.dimension());
        assertEquals(1.0, dot(v, v), 1e-4);
    }

    @Test
    void should_prefix_queries_but_not_passages() {
        float[] asQuery = encoder.query("经济总量");
        float[] asPassage = encoder.passages(List.of("经济总量")).get(0);
        float[] prefixedPassage = encoder.passages(List.of(LocalModel.QUERY_INSTRUCTION + "经济总量")).get(0);
        assertTrue(dot(asQuery, asPassage) < 0.999, "the instruction changes the query vector");
        assertEquals(1.0, dot(asQuery, prefixedPassage), 1e-4);
    }

    @Test
    void should_place_a_question_closer_to_the_passage_that_answers_it() {
        float[] q = encoder.query("城市低保标准每月多少钱?");
        List<float[]> p = encoder.passages(List.of("城市低保标准从503元/月提高到583元/月", "完成植树造林8万亩,空气质量优良天数比例保持在92%以上"));
        assertTrue(dot(q, p.get(0)) > dot(q, p.get(1)) + 0.05);
        double[] s = encoder.similarity("城市低保标准每月多少钱?", List.of("城市低保标准从503元/月提高到583元/月",
                "完成植树造林8万亩"));
        assertTrue(s[0] > s[1], s[0] + " vs " + s[1]);
    }

    @Test
    void should_fail_with_one_clear_message_when_the_model_file_is_missing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OnnxModelLoader.load(
                Optional.of(Path.of("no/such/model.onnx")), Optional.of(Path.of("no/such/tokenizer.json")),
                dev.langchain4j.model.embedding.onnx.PoolingMode.CLS, Runnable::run));
        assertTrue(e.getMessage().contains("no/such/model.onnx"), e.getMessage());
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
