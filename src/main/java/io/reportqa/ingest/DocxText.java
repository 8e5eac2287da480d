package io.reportqa.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document (.docx) with Apache POI into one paragraph a line: body paragraphs in order, each table
 * row as one line of its cells. Headings need no mark of their own: a heading paragraph is a short line without
 * sentence punctuation, which the structure reader takes as a heading whatever its style.
 */
final class DocxText {

    /** An OLE2 container: a legacy .doc, or a .docx encrypted with a password. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Inflated size of one part of the package; a 10 MB upload of real text stays far below. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Text in one part; larger is a zip bomb or not a report. */
    private static final long MAX_TEXT_CHARS = 20L * 1024 * 1024;
    /** Compressed/uncompressed ratio below which a part is refused as a zip bomb (POI's default). */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final String CELL_SEPARATOR = " | ";

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private DocxText() {
    }

    /** @throws IllegalArgumentException when the bytes are not a readable, unencrypted .docx */
    static String of(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            throw new IllegalArgumentException("the file is a legacy .doc or a password-protected document; "
                    + "save it as an unprotected .docx / 旧版 .doc 或加密的文档，请另存为未加密的 .docx");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(oneLine(p.getText()));
                } else if (element instanceof XWPFTable t) {
                    table(t, lines);
                }
            }
            return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
        } catch (IOException | RuntimeException e) {
            // POI reports zip bombs, broken packages and non-Word zips with a variety of runtime exceptions.
            throw new IllegalArgumentException("the .docx cannot be read: " + reason(e), e);
        }
    }

    private static void table(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = oneLine(cell.getText());
                if (!text.isBlank()) {
                    cells.add(text);
                }
            }
            lines.add(String.join(CELL_SEPARATOR, cells));
        }
    }

    /** Line breaks inside a Word paragraph are layout, not paragraph ends. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\u000B\\f]+", "").strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
