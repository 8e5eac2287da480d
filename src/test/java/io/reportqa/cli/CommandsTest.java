package io.reportqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The jar's commands on the fixture corpus: they answer, index and evaluate, then exit with a meaningful code. */
@QuarkusMainTest
class CommandsTest {

    @Test
    @Launch({"ask", "白河区新增市场主体多少户?"})
    void should_answer_a_question_from_the_command_line(LaunchResult result) {
        assertTrue(result.getOutput().contains("新增市场主体4800户[1]"), result.getOutput());
        assertTrue(result.getOutput().contains("[1] 2023年白河区政府工作报告"), result.getOutput());
    }

    @Test
    @Launch(value = {"ask", "成都市2022年地区生产总值是多少?"}, exitCode = 3)
    void should_exit_with_3_when_the_reports_do_not_answer(LaunchResult result) {
        assertTrue(result.getOutput().contains("成都市"), result.getOutput());
    }

    @Test
    void should_evaluate_a_question_file_and_gate_on_expectations(QuarkusMainLauncher launcher) throws Exception {
        Path questions = Files.createTempFile("questions", ".jsonl");
        Files.writeString(questions, "{\"id\":\"f1\",\"type\":\"fact\",\"question\":\"白河区新增市场主体多少户?\","
                + "\"answer_keys\":[[\"4800户\"]],\"evidence\":[\"新增市场主体4800户\"]}\n");
        Path strict = Files.createTempFile("expected", ".json");
        Files.writeString(strict, "{\"answer_acc\": {\"expected\": 1.0, \"tolerance\": 0.0}, "
                + "\"false_abstain\": {\"expected\": 0.0, \"tolerance\": 0.0}}");

        LaunchResult ok = launcher.launch("eval", questions.toString(), "--expect", strict.toString());
        assertEquals(0, ok.exitCode(), ok.getOutput());
        assertTrue(ok.getOutput().contains("\"answer_acc\" : 1.0"), ok.getOutput());
        assertTrue(ok.getOutput().contains("OK   answer_acc"), ok.getOutput());

        Files.writeString(questions, "{\"id\":\"f1\",\"type\":\"fact\",\"question\":\"白河区新增市场主体多少户?\","
                + "\"answer_keys\":[[\"9999户\"]],\"evidence\":[\"新增市场主体4800户\"]}\n");
        LaunchResult failed = launcher.launch("eval", questions.toString(), "--expect", strict.toString());
        assertEquals(1, failed.exitCode(), failed.getOutput());
        assertTrue(failed.getOutput().contains("FAIL answer_acc"), failed.getOutput());
    }
}
