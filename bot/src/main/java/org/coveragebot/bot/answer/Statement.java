package org.coveragebot.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of an answer: words of the bot's (or the LLM's) own, quotes of cited articles, and
 * bare references to citations, in order. An extractive answer's statement is one quote, introduced
 * by who said it when the article says so.
 */
public record Statement(List<Part> parts) {

    public Statement {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one part");
        }
    }

    /** A part of a statement. */
    public sealed interface Part permits Words, Quote, Reference {
    }

    /** Text of the answer's own, not a quote. */
    public record Words(String text) implements Part {
        public Words {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The quote of citation {@code citation}, followed by its reference. */
    public record Quote(int citation) implements Part {
    }

    /** A reference to citation {@code citation} without its quote. */
    public record Reference(int citation) implements Part {
    }

    public static Statement of(Part... parts) {
        return new Statement(List.of(parts));
    }

    /** The citations this statement quotes or refers to, in order. */
    public List<Integer> citations() {
        List<Integer> ids = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Quote quote) {
                ids.add(quote.citation());
            } else if (part instanceof Reference reference) {
                ids.add(reference.citation());
            }
        }
        return ids;
    }

    /** True for a quote standing alone, perhaps introduced by a few words: shown as a block, not inline. */
    public boolean isBlockQuote() {
        Part last = parts.get(parts.size() - 1);
        return last instanceof Quote && parts.size() <= 2 && (parts.size() == 1 || parts.get(0) instanceof Words);
    }
}
