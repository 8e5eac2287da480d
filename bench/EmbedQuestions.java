import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.reportqa.embed.ModelFiles;
import io.reportqa.embed.OnnxModelLoader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time of one question embedding, as the service computes it: the service's own loader (ONNX Runtime, one
 * intra-op thread, batch 1, the model and tokenizer the service runs by default) and, like it by default, no query
 * instruction (reportqa.model.query-instruction), one question at a time on one thread. Run against the built jar's classes, from the repository root:
 *
 * <pre>java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/EmbedQuestions.java QUESTIONS.jsonl [N]</pre>
 *
 * Embeds 30 questions to warm up, then the next N (default 400) in two alternating halves, and prints one JSON
 * line: process CPU ms per question (ONNX Runtime's threads included), wall ms per question, and the
 * embedding-bound limit of first-time asks = cores ÷ CPU time per question.
 */
public class EmbedQuestions {

    /** The service's default: none (see reportqa.model.query-instruction); the limit is the question's own cost. */
    static final String INSTRUCTION = "";

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Pattern q = Pattern.compile("\"question\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> questions = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .map(q::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
        if (questions.size() < n + 30) {
            throw new IllegalArgumentException("need " + (n + 30) + " questions, have " + questions.size());
        }
        ModelFiles files = ModelFiles.checked(Path.of("models/bge-small-zh-v1.5-int8-matmul.onnx"),
                Path.of("models/tokenizer.json"), Optional.empty());
        EmbeddingModel model = OnnxModelLoader.load(files, PoolingMode.CLS, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        for (String s : questions.subList(0, 30)) {
            model.embed(INSTRUCTION + s);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        int tokens = 0;
        for (String s : questions.subList(30, 30 + n)) {
            model.embed(INSTRUCTION + s);
            tokens += s.length() + INSTRUCTION.length();
        }
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
        double wallMs = (System.nanoTime() - t0) / 1e6 / n;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("{\"questions\":%d,\"chars_per_input\":%.1f,\"cpu_ms_per_question\":%.2f,"
                        + "\"wall_ms_per_question\":%.2f,\"cores\":%d,\"limit_per_s\":%.1f,\"model\":\"%s\"}%n",
                n, tokens / (double) n, cpuMs, wallMs, cores, cores * 1000 / cpuMs, files.model());
        System.exit(0);
    }
}
