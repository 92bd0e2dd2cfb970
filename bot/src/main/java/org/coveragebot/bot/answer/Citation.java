package org.coveragebot.bot.answer;

import java.util.Objects;

/**
 * One quote and where it comes from. {@code quote} is exactly the article text from {@code start}
 * to {@code end}: the constructor refuses anything else.
 */
public record Citation(int id, String article, String source, String title, String published, String url,
                       String quote, int start, int end) {

    public Citation {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        if (id < 1) {
            throw new IllegalArgumentException("citation ids start at 1, was " + id);
        }
        if (quote.isEmpty() || start < 0 || end - start != quote.length()) {
            throw new IllegalArgumentException("citation " + id + " of " + article + ": quote does not fit [" + start
                    + ", " + end + ")");
        }
    }
}
