package io.reportqa.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an uploaded document into plain text with one paragraph per line, the shape the report parser reads;
 * the text is what gets stored and cited, so offsets point into it. Formats are read by their libraries
 * (PDFBox, jsoup, commonmark, Apache POI), never by hand.
 */
public final class DocumentText {

    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,td,th,pre,blockquote,dd,dt";

    private DocumentText() {
    }

    /** @throws IllegalArgumentException when the bytes are not a readable document of that format */
    public static String of(byte[] bytes, DocumentFormat format) {
        return switch (format) {
            case TEXT -> TextLayout.paragraphsPerLine(utf8(bytes));
            case DOCX -> DocxText.of(bytes);
            case MARKDOWN -> html(markdownToHtml(utf8(bytes)));
            case HTML -> html(utf8(bytes));
            case PDF -> pdf(bytes);
        };
    }

    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the text is not valid UTF-8", e);
        }
    }

    /** Markdown goes through HTML so links, emphasis and headings lose their markup the same way. */
    private static String markdownToHtml(String source) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(source));
    }

    /** Leaf blocks (a paragraph, a heading, a list item without blocks inside) one per line; scripts and menus dropped. */
    private static String html(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script,style,noscript,nav,header,footer,form,iframe").remove();
        String text = doc.body().select(BLOCKS).stream().filter(e -> e.select(BLOCKS).size() == 1)
                .map(Element::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
        return text.isBlank() ? doc.body().wholeText() : text;
    }

    /** Lines of a paragraph joined (Chinese has no spaces between them), paragraphs on lines of their own. */
    private static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("");
            stripper.setParagraphEnd("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new IllegalArgumentException("the PDF cannot be read: " + e.getMessage(), e);
        }
    }
}
