package io.reportqa.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text with PDFBox: lines of a paragraph joined (Chinese has no spaces between them), paragraphs on
 * lines of their own. PDFBox holds the document's streams in memory up to the budget's bound, the page count is
 * checked before any page is read, and the clock is looked at every few thousand content operators, so a small
 * file whose pages all draw one huge shared stream is given up when its time is out, not after minutes.
 */
final class PdfText {

    /** Content operators run between two looks at the clock. */
    private static final int CHECK_EVERY = 2048;

    private PdfText() {
    }

    static String of(byte[] bytes, ParseBudget budget) {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(budget.limits().maxPdfMemoryBytes());
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            budget.checkPages(doc.getNumberOfPages());
            budget.checkTime();
            PDFTextStripper stripper = new BudgetedStripper(budget);
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("");
            stripper.setParagraphEnd("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new IllegalArgumentException("the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /** The text stripper, looking at the clock as it runs the pages' content operators. */
    private static final class BudgetedStripper extends PDFTextStripper {

        private final ParseBudget budget;
        private long operators;

        BudgetedStripper(ParseBudget budget) {
            this.budget = budget;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % CHECK_EVERY == 0) {
                budget.checkTime();
            }
            super.processOperator(operator, operands);
        }
    }
}
