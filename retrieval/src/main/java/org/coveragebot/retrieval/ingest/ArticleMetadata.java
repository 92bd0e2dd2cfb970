package org.coveragebot.retrieval.ingest;

/** What is known about an article besides its text; every field may be null. */
public record ArticleMetadata(String title, String source, String url, String published, String author) {

    public static final ArticleMetadata UNKNOWN = new ArticleMetadata(null, null, null, null, null);

    public ArticleMetadata {
        title = blankToNull(title);
        source = blankToNull(source);
        url = blankToNull(url);
        published = blankToNull(published);
        author = blankToNull(author);
    }

    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(newTitle, source, url, published, author);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
