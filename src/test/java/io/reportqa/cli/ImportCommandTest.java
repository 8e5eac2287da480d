package io.reportqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import io.reportqa.library.ReportManagementTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code import DIR|FILE…} into a data folder of its own (a fresh one per launch): one line per file, a summary,
 * and no change the second time a file comes.
 */
@QuarkusMainTest
@TestProfile(ReportManagementTest.FreshData.class)
class ImportCommandTest {

    @Test
    void should_import_a_folder_once_say_what_became_of_each_file_and_skip_it_the_second_time(
            QuarkusMainLauncher launcher) throws Exception {
        // The same report in four formats: the first file adds it, the other three hold it already.
        LaunchResult first = launcher.launch("import", "src/test/resources/uploads");
        assertEquals(0, first.exitCode(), first.getOutput());
        assertTrue(first.getOutput().contains("added    src/test/resources/uploads/songxi-2023.html → songxi-2023"),
                first.getOutput());
        assertTrue(first.getOutput().contains("imported 4 files"), first.getOutput());
        assertTrue(first.getOutput().contains("1 added (1 reports), 3 skipped, 0 refused"), first.getOutput());

        // Each launch gets a fresh data folder here, so "again" is the same folder named twice in one run.
        LaunchResult again = launcher.launch("import", "src/test/resources/uploads", "src/test/resources/uploads");
        assertEquals(0, again.exitCode(), again.getOutput());
        assertTrue(again.getOutput().contains("imported 8 files"), again.getOutput());
        assertTrue(again.getOutput().contains("1 added (1 reports), 7 skipped, 0 refused"), again.getOutput());

        Path notes = Files.createTempFile("notes", ".txt");
        Files.writeString(notes, "只是一些笔记，没有报告标题。", StandardCharsets.UTF_8);
        LaunchResult refused = launcher.launch("import", notes.toString());
        assertEquals(1, refused.exitCode(), refused.getOutput());
        assertTrue(refused.getOutput().contains("refused  " + notes + ": 422"), refused.getOutput());
    }

    @Test
    void should_say_how_to_use_it_without_arguments(QuarkusMainLauncher launcher) {
        assertEquals(2, launcher.launch("import").exitCode());
    }
}
