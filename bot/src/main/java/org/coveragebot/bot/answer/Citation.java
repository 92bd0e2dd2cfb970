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

    /** Who says it: the outlet when known, else the article's name. */
    public String outlet() {
        return source != null ? source : article;
    }

    /** The publication date as a reader sees it: the day of an ISO date-time, else as written. */
    public java.util.Optional<String> day() {
        if (published == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(published.length() > 10 && published.charAt(4) == '-' ? published.substring(0, 10) : published);
    }
}
