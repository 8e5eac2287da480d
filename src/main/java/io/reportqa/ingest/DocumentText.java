package io.reportqa.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns an uploaded document into plain text with one paragraph per line, the shape the report parser reads;
 * the text is what gets stored and cited, so offsets point into it. Formats are read by their libraries
 * (PDFBox, jsoup, commonmark, Apache POI), never by hand, within the {@link ParseLimits} given: a document
 * nested too deep, too large or too slow to read is refused with {@link DocumentLimitException}.
 */
public final class DocumentText {

    /** Markdown nodes visited between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private DocumentText() {
    }

    /** {@link #of(byte[], DocumentFormat, ParseLimits)} with the default limits. */
    public static String of(byte[] bytes, DocumentFormat format) {
        return of(bytes, format, ParseLimits.DEFAULT);
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a readable document of that format
     * @throws DocumentLimitException when reading it would cost more than {@code limits} allow
     */
    public static String of(byte[] bytes, DocumentFormat format, ParseLimits limits) {
        ParseBudget budget = limits.start();
        try {
            return switch (format) {
                case TEXT -> TextLayout.paragraphsPerLine(utf8(bytes));
                case DOCX -> DocxText.of(bytes);
                case MARKDOWN -> HtmlText.of(markdownToHtml(utf8(bytes), budget), budget);
                case HTML -> HtmlText.of(utf8(bytes), budget);
                case PDF -> PdfText.of(bytes, budget);
            };
        } catch (StackOverflowError e) {
            // The libraries recurse into nested structures (PDF arrays and dictionaries, say) without a bound of
            // their own; the overflow unwinds this thread's stack only, leaving nothing half-built behind.
            throw budget.tooDeep();
        }
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

    /**
     * Markdown goes through HTML so links, emphasis and headings lose their markup the same way. Its nesting is
     * measured before rendering, since the renderer recurses once per level.
     */
    private static String markdownToHtml(String source, ParseBudget budget) {
        Node doc;
        try {
            doc = Parser.builder().build().parseReader(new BudgetReader(new StringReader(source), budget));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        checkDepth(doc, budget);
        return HtmlRenderer.builder().build().render(doc);
    }

    /** Walks the tree without recursion, so the walk itself cannot overflow on the depth it is there to refuse. */
    private static void checkDepth(Node root, ParseBudget budget) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        long visited = 0;
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            budget.checkDepth(depth);
            if (++visited % CHECK_EVERY == 0) {
                budget.checkTime();
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }
}
