package io.reportqa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small generated documents that cost a parser far more than their size: the uploads of issue 17's attacker,
 * made here so that no such file needs to be checked in. Each opens like a report, so only its shape is hostile.
 */
public final class DocumentBombs {

    private static final String TITLE = "2023年松溪县政府工作报告";

    private DocumentBombs() {
    }

    /** {@code depth} nested {@code <blockquote>}s around a report title. */
    public static byte[] nestedHtml(int depth) {
        String body = "<blockquote>".repeat(depth) + "<p>" + TITLE + "</p>" + "</blockquote>".repeat(depth);
        return ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A Markdown quote nested {@code depth} levels deep ({@code > > > …}), the title inside. */
    public static byte[] nestedMarkdown(int depth) {
        return ("# " + TITLE + "\n\n" + "> ".repeat(depth) + "各位代表：\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A PDF of {@code pages} pages that all draw one Flate-compressed content stream of {@code operators} text
     * operators: a small file whose text extraction runs every operator once per page.
     */
    public static byte[] sharedStreamPdf(int pages, int operators) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDStream content = new PDStream(doc);
            try (OutputStream os = content.createOutputStream(COSName.FLATE_DECODE)) {
                StringBuilder ops = new StringBuilder("BT /F1 12 Tf 72 720 Td\n");
                for (int i = 0; i < operators; i++) {
                    ops.append("(a) Tj\n");
                }
                os.write(ops.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII));
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, content.getCOSObject());
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF of {@code pages} empty pages. */
    public static byte[] blankPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF whose catalog holds an array nested {@code depth} levels ({@code [[[…]]]}), or a dictionary nested so
     * ({@code <</A <</A …>>>>}): PDFBox's parser recurses once per level.
     */
    public static byte[] nestedPdf(int depth, boolean dictionaries) {
        String open = dictionaries ? "<</A " : "[";
        String close = dictionaries ? ">>" : "]";
        String deep = open.repeat(depth) + "0" + close.repeat(depth);
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        long xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
