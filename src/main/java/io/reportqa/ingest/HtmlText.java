package io.reportqa.ingest;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads HTML with jsoup into leaf blocks (a paragraph, a heading, a list item without blocks inside), one a line;
 * scripts and menus dropped. One walk over the tree finds the leaves, so the work grows with the size of the page
 * and not with the square of its depth, and the walk refuses a page nested past the budget's depth.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre",
            "blockquote", "dd", "dt");
    private static final String DROPPED = "script,style,noscript,nav,header,footer,form,iframe";
    /** Nodes visited between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private HtmlText() {
    }

    static String of(String html, ParseBudget budget) {
        Document doc = Parser.htmlParser().parseInput(new BudgetReader(new StringReader(html), budget), "");
        budget.checkTime();
        doc.select(DROPPED).remove();
        LeafBlocks leaves = new LeafBlocks(budget);
        NodeTraversor.traverse(leaves, doc.body());
        List<String> texts = new ArrayList<>();
        for (Element e : leaves.found) {
            String text = e.text();
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        String text = String.join("\n", texts);
        return text.isBlank() ? doc.body().wholeText() : text;
    }

    /** Collects the blocks that hold no other block, in document order; checks depth and time on the way. */
    private static final class LeafBlocks implements NodeVisitor {

        private final ParseBudget budget;
        private final List<Element> found = new ArrayList<>();
        /** For each block open on the walk: whether a block was found inside it. */
        private final Deque<boolean[]> open = new ArrayDeque<>();
        private long visited;

        LeafBlocks(ParseBudget budget) {
            this.budget = budget;
        }

        @Override
        public void head(Node node, int depth) {
            budget.checkDepth(depth);
            if (++visited % CHECK_EVERY == 0) {
                budget.checkTime();
            }
            if (isBlock(node)) {
                if (!open.isEmpty()) {
                    open.peek()[0] = true;
                }
                open.push(new boolean[1]);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isBlock(node) && !open.pop()[0]) {
                found.add((Element) node);
            }
        }

        private static boolean isBlock(Node node) {
            return node instanceof Element e && BLOCKS.contains(e.normalName());
        }
    }
}
