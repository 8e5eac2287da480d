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
    void should_embed_a_text_alike_alone_and_inside_a_padded_batch() {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            texts.add("全市经济总量2581.3亿元" + "，城乡居民收入稳步增长".repeat(i % 4) + "。第" + i + "项");
        }
        Encoder batched = new Encoder(((BatchedOnnxEmbeddingModel) LocalModel.get()).withBatchSize(4),
                LocalModel.QUERY_INSTRUCTION);
        List<float[]> together = batched.passages(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = encoder.passages(List.of(texts.get(i))).get(0);
            assertEquals(1.0, dot(alone, together.get(i)), 1e-4, "text " + i + " keeps its vector when padded");
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
