package org.coveragebot.retrieval.ingest;

/**
 * What is known about an article besides its text; every field may be null. Without a {@code published}
 * date, the date in the article's link (/2023/01/09/) stands in.
 */
public record ArticleMetadata(String title, String source, String url, String published, String author) {

    public static final ArticleMetadata UNKNOWN = new ArticleMetadata(null, null, null, null, null);

    public ArticleMetadata {
        title = blankToNull(title);
        source = blankToNull(source);
        url = blankToNull(url);
        published = blankToNull(published);
        author = blankToNull(author);
        if (published == null) {
            published = PublishedDate.fromUrl(url).map(Object::toString).orElse(null);
        }
    }

    /** The publication date, when the metadata or the article's link gives one. */
    public java.util.Optional<java.time.LocalDate> publishedDate() {
        return PublishedDate.parse(published);
    }

    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(newTitle, source, url, published, author);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
