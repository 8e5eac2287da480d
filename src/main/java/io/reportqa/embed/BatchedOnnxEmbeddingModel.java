package io.reportqa.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.DimensionAwareEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A BERT-style ONNX encoder. Each text is tokenized once (LangChain4j's encoder tokenizes every text three times)
 * and cut at the model's 512 tokens. Texts run in padded batches of similar length (sorted by token count), the
 * batches in parallel on the executor, one per core; a single text (a question) runs in the calling thread.
 * The batch size is a setting because what pays depends on the CPU: on our 2-core AVX-512 machines one text per
 * run costs the least CPU per text (the benchmark measures both in every run), so 1 is the default.
 */
final class BatchedOnnxEmbeddingModel extends DimensionAwareEmbeddingModel {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final PoolingMode pooling;
    private final Executor executor;
    private final int batchSize;
    private final boolean wantsTokenTypes;
    private final int dimension;

    BatchedOnnxEmbeddingModel(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
            PoolingMode pooling, Executor executor, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.pooling = pooling;
        this.executor = executor;
        this.batchSize = batchSize;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
        this.dimension = hiddenSize(session);
    }

    /** The same session and threads, another batch size: for measuring what batching is worth. */
    BatchedOnnxEmbeddingModel withBatchSize(int size) {
        return new BatchedOnnxEmbeddingModel(env, session, tokenizer, pooling, executor, size);
    }

    private static int hiddenSize(OrtSession session) {
        try {
            var info = (ai.onnxruntime.TensorInfo) session.getOutputInfo().values().iterator().next().getInfo();
            return (int) info.getShape()[2];
        } catch (OrtException | RuntimeException e) {
            throw new IllegalStateException("the model's first output is not [batch, tokens, hidden]", e);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Encoding[] encodings = new Encoding[segments.size()];
        int tokens = 0;
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenizer.encode(segments.get(i).text());
            tokens += encodings[i].getIds().length - 2;
        }
        float[][] vectors = embed(encodings);
        List<Embedding> out = new ArrayList<>(vectors.length);
        for (float[] v : vectors) {
            out.add(Embedding.from(v));
        }
        return Response.from(out, new TokenUsage(tokens));
    }

    private float[][] embed(Encoding[] encodings) {
        float[][] out = new float[encodings.length][];
        if (encodings.length <= batchSize) {
            runBatch(encodings, identity(encodings.length), out);
            return out;
        }
        Integer[] order = identity(encodings.length);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            Integer[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
            batches.add(CompletableFuture.runAsync(() -> runBatch(encodings, batch, out), executor));
        }
        CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
        return out;
    }

    private static Integer[] identity(int n) {
        Integer[] ids = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }

    /** Embeds the texts at {@code batch} (indexes into {@code encodings}) in one padded run. */
    private void runBatch(Encoding[] encodings, Integer[] batch, float[][] out) {
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, encodings[i].getIds().length);
        }
        long[] ids = new long[batch.length * width];
        long[] mask = new long[batch.length * width];
        for (int row = 0; row < batch.length; row++) {
            long[] tokenIds = encodings[batch[row]].getIds();
            System.arraycopy(tokenIds, 0, ids, row * width, tokenIds.length);
            Arrays.fill(mask, row * width, row * width + tokenIds.length, 1L);
        }
        long[] shape = {batch.length, width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int row = 0; row < batch.length; row++) {
                    out[batch[row]] = normalize(pool(hidden, row, width, dimension, encodings[batch[row]].getIds().length));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
        }
    }

    /** CLS: the first token's vector; MEAN: the average over the row's real (unpadded) tokens. */
    private float[] pool(FloatBuffer hidden, int row, int width, int dim, int length) {
        float[] v = new float[dim];
        int base = row * width * dim;
        int tokens = pooling == PoolingMode.CLS ? 1 : length;
        for (int t = 0; t < tokens; t++) {
            for (int d = 0; d < dim; d++) {
                v[d] += hidden.get(base + t * dim + d);
            }
        }
        return v;
    }

    private static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }
}
