package io.reportqa.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A real Word document (.docx, written by Apache POI) with one paragraph per line, as a page user would upload. */
final class TinyDocx {

    private TinyDocx() {
    }

    static Path write(Path file, List<String> paragraphs) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
        return file;
    }
}
