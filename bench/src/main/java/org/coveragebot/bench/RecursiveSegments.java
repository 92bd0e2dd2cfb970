package org.coveragebot.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.ingest.Article;

/**
 * What LangChain4j's easy RAG cuts documents into: its recursive splitter, 300 tokens with 30 of
 * overlap, counted by the HuggingFace tokenizer. Each segment is found back in the article text (the
 * splitter folds white space), so a baseline's quotes keep the contract's offsets.
 */
final class RecursiveSegments {

    static final int MAX_TOKENS = 300;
    static final int OVERLAP_TOKENS = 30;

    private final DocumentSplitter splitter = DocumentSplitters.recursive(MAX_TOKENS, OVERLAP_TOKENS,
            new HuggingFaceTokenCountEstimator());

    /** The whole file as read, front matter included: what a document loader hands the splitter. */
    List<Segment> split(Article article) {
        if (article.text().isBlank()) {
            return List.of();
        }
        FoldedText folded = new FoldedText(article.text());
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (TextSegment part : splitter.split(Document.from(article.text()))) {
            int[] span = folded.find(part.text(), from);
            if (span != null) {
                segments.add(new Segment(article, span[0], span[1]));
                from = span[0] + 1;
            }
        }
        return segments;
    }

    /** A text with every run of white space folded to one space, and the way back to the original offsets. */
    static final class FoldedText {

        private final String folded;
        private final int[] original;

        FoldedText(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] map = new int[text.length()];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = true;
                    continue;
                }
                if (space && out.length() > 0) {
                    map[out.length()] = i - 1;
                    out.append(' ');
                }
                space = false;
                map[out.length()] = i;
                out.append(c);
            }
            this.folded = out.toString();
            this.original = map;
        }

        /** Start and end in the original text of {@code part} (white space folded), at or after {@code from}; null if absent. */
        int[] find(String part, int from) {
            String needle = part.strip().replaceAll("\\s+", " ");
            if (needle.isEmpty()) {
                return null;
            }
            int foldedFrom = 0;
            while (foldedFrom < folded.length() && original[foldedFrom] < from) {
                foldedFrom++;
            }
            int at = folded.indexOf(needle, foldedFrom);
            if (at < 0) {
                at = folded.indexOf(needle);
            }
            return at < 0 ? null : new int[] {original[at], original[at + needle.length() - 1] + 1};
        }
    }
}
