package io.reportqa.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins the encoder on the int8 model the service runs: dimension, unit length, golden values, the query
 * instruction, agreement with the FP32 original, and that meaning drives similarity.
 */
class EncoderTest {

    /**
     * Lowest cosine allowed between the int8 and the FP32 vector of the same text. Measured over the bundled
     * corpus's passages and the dev questions (models/README.md): mean 0.996, lowest 0.992.
     */
    private static final double FP32_COSINE_FLOOR = 0.98;

    private final Encoder encoder = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION);

    @Test
    void should_embed_into_512_unit_length_dimensions() {
        float[] v = encoder.passages(List.of("全市经济总量2581.3亿元")).get(0);
        assertEquals(512, v.length);
        assertEquals(512, encoder.dimension());
        assertEquals(1.0, dot(v, v), 1e-4);
    }

    @Test
    void should_give_the_golden_values_of_the_int8_model() {
        float[] passage = encoder.passages(List.of("全市经济总量2581.3亿元")).get(0);
        float[] query = encoder.query("经济总量是多少?");
        // ONNX Runtime 1.20 (the service's) on x86-64, with or without AVX-512 VNNI: the model's weights are unsigned
        // (u8 x u8 is exact in integers on every CPU). FP32 differs by 1e-3 to 9e-3 in these; so may another ONNX
        // Runtime version.
        assertArrayEquals(GOLDEN_PASSAGE, Arrays.copyOf(passage, GOLDEN_PASSAGE.length), 5e-4f,
                () -> Arrays.toString(Arrays.copyOf(passage, 6)));
        assertArrayEquals(GOLDEN_QUERY, Arrays.copyOf(query, GOLDEN_QUERY.length), 5e-4f,
                () -> Arrays.toString(Arrays.copyOf(query, 6)));
    }

    @Test
    void should_stay_close_to_the_fp32_model() {
        List<String> texts = List.of("全市经济总量2581.3亿元",
                "城市低保标准从503元/月提高到583元/月,农村低保标准提高到4350元/年",
                LocalModel.QUERY_INSTRUCTION + "城市低保标准每月多少钱?",
                "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,完整、准确、全面贯彻新发展理念,"
                        + "加快构建新发展格局,着力推动高质量发展,更好统筹发展和安全。");
        Encoder fp32 = new Encoder(LocalModel.fp32(), LocalModel.QUERY_INSTRUCTION);
        List<float[]> a = encoder.passages(texts);
        List<float[]> b = fp32.passages(texts);
        for (int i = 0; i < texts.size(); i++) {
            double cosine = dot(a.get(i), b.get(i));
            assertTrue(cosine > FP32_COSINE_FLOOR && cosine < 1 - 1e-6, "text " + i + ": cosine " + cosine);
        }
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
    void should_embed_a_text_alike_alone_and_inside_a_padded_batch() {
        // FP32: padding and neighbours change nothing. int8: dynamic quantisation takes one activation range per
        // tensor, so texts run in one batch share it and each vector moves a little (hence batch-size 1 by default).
        assertBatchAgrees(LocalModel.fp32(), 1 - 1e-4);
        assertBatchAgrees(LocalModel.get(), 0.99);
    }

    private static void assertBatchAgrees(dev.langchain4j.model.embedding.EmbeddingModel model, double floor) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            texts.add("全市经济总量2581.3亿元" + "，城乡居民收入稳步增长".repeat(i % 4) + "。第" + i + "项");
        }
        Encoder alone = new Encoder(model, LocalModel.QUERY_INSTRUCTION);
        Encoder batched = new Encoder(((BatchedOnnxEmbeddingModel) model).withBatchSize(4),
                LocalModel.QUERY_INSTRUCTION);
        List<float[]> together = batched.passages(texts);
        for (int i = 0; i < texts.size(); i++) {
            double cosine = dot(alone.passages(List.of(texts.get(i))).get(0), together.get(i));
            assertTrue(cosine >= floor, "text " + i + " keeps its vector when padded: cosine " + cosine);
        }
    }

    @Test
    void should_remember_questions_and_sentences_but_not_passages() {
        java.util.concurrent.atomic.AtomicInteger texts = new java.util.concurrent.atomic.AtomicInteger();
        Encoder counting = new Encoder(new dev.langchain4j.model.embedding.EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                texts.addAndGet(segments.size());
                return LocalModel.get().embedAll(segments);
            }
        }, LocalModel.QUERY_INSTRUCTION, 16);

        float[] first = counting.query("经济总量");
        assertEquals(first, counting.query("经济总量"));
        assertEquals(1, texts.get());
        double[] s1 = counting.similarity("低保标准", List.of("城市低保标准提高到583元/月", "完成植树造林8万亩"));
        double[] s2 = counting.similarity("低保标准", List.of("完成植树造林8万亩", "城市低保标准提高到583元/月"));
        assertEquals(4, texts.get(), "the second comparison is answered from the cache");
        assertEquals(s1[0], s2[1], 1e-9);
        counting.passages(List.of("经济总量"));
        counting.passages(List.of("经济总量"));
        assertEquals(6, texts.get(), "indexing never reads the cache");

        Encoder uncached = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION, 0);
        assertEquals(1.0, dot(uncached.query("经济总量"), first), 1e-6);
    }

    @Test
    void should_fail_with_one_clear_message_when_the_model_file_is_missing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelFiles.checked(
                Path.of("no/such/model.onnx"), Path.of("no/such/tokenizer.json"), Optional.empty()));
        assertTrue(e.getMessage().contains("no/such/model.onnx"), e.getMessage());
    }

    private static final float[] GOLDEN_PASSAGE = {-0.030974f, 0.042779f, -0.028743f, 0.019532f, 0.004530f, 0.047807f};
    private static final float[] GOLDEN_QUERY = {-0.070240f, 0.031013f, -0.077849f, 0.029937f, 0.013285f, 0.056267f};

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
