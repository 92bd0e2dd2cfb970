package org.coveragebot.bot.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * One quote and where it comes from. {@code quote} is exactly the article text from {@code start}
 * to {@code end}: the constructor refuses anything else.
 *
 * @param published the article's date as given (ISO date or date-time), or null
 * @param speaker   who the article reports as saying the quoted words, or null for the outlet's own narration
 * @param value     the answer the quote gives to the question ("$375 million", "Yevgeny Prigozhin"), or null
 */
public record Citation(int id, String article, String source, String title, String published, String url,
                       String quote, int start, int end, String speaker, String value) {

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

    /** A citation that gives no particular value as the answer. */
    public Citation(int id, String article, String source, String title, String published, String url, String quote,
                    int start, int end, String speaker) {
        this(id, article, source, title, published, url, quote, start, end, speaker, null);
    }

    /** The same citation under another number. */
    public Citation renumbered(int newId) {
        return new Citation(newId, article, source, title, published, url, quote, start, end, speaker, value);
    }

    /** Who published it: the outlet when known, else the article's name. */
    public String outlet() {
        return source != null ? source : article;
    }

    /** Who says it: the speaker the article names, else the outlet. */
    public String holder() {
        return speaker != null ? speaker : outlet();
    }

    /** The publication date as a reader sees it: the day of an ISO date-time, else as written. */
    public Optional<String> day() {
        if (published == null) {
            return Optional.empty();
        }
        return Optional.of(published.length() > 10 && published.charAt(4) == '-' ? published.substring(0, 10) : published);
    }
}
