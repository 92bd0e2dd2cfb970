package org.coveragebot.retrieval.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates: ISO dates and date-times, and the /2023/01/09/ that most news links carry. */
public final class PublishedDate {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

    private PublishedDate() {
    }

    public static Optional<LocalDate> parse(String published) {
        if (published == null) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(published.strip());
        return iso.find() ? date(iso.group(1), iso.group(2), iso.group(3)) : Optional.empty();
    }

    /** The date in a link such as {@code https://www.usatoday.com/story/news/2023/01/09/…}, if it has one. */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /**
     * The newest publication date among {@code articles}, leaving out any after {@code latestPossible}: a
     * mistyped or misread "2099-01-09" would otherwise make every real report look old.
     */
    public static Optional<LocalDate> newest(java.util.Collection<Article> articles, LocalDate latestPossible) {
        return articles.stream().map(article -> article.metadata().publishedDate()).flatMap(Optional::stream)
                .filter(date -> !date.isAfter(latestPossible)).max(LocalDate::compareTo);
    }

    /** Tomorrow, wherever the reader is: no report can be newer. */
    public static LocalDate latestPossible() {
        return LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
