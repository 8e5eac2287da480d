package io.reportqa.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the corpus folder: every {@code .txt} file, UTF-8, in name order so that parsing is deterministic, brought
 * to one paragraph a line ({@link TextLayout}). */
public final class CorpusReader {

    public List<SourceFile> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(CorpusReader::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + folder, e);
        }
    }

    private static SourceFile load(Path p) {
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return new SourceFile(p.getFileName().toString(), TextLayout.paragraphsPerLine(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + p, e);
        }
    }
}
