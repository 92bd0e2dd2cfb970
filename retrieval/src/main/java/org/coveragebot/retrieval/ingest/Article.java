package org.coveragebot.retrieval.ingest;

import java.util.List;
import java.util.Objects;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * One article of the coverage.
 *
 * @param id        the article's name in citations: its path relative to the article folder, or
 *                  {@code path#id} for a record inside a JSON Lines file
 * @param text      the text all offsets point into: the file as read ({@code \r\n} folded to {@code \n}),
 *                  or the extracted text for HTML and JSON Lines
 * @param body      the paragraphs that are article text, in order: front matter, headline and
 *                  boilerplate (bylines, bios, share and related-article blocks) are left out
 * @param metadata  title, outlet, date and link, each possibly unknown
 * @param hash      a content hash of text and metadata; a changed hash means the article changed
 */
public record Article(String id, String text, List<TextSpan> body, ArticleMetadata metadata, String hash) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(hash, "hash");
        body = List.copyOf(body);
        for (TextSpan span : body) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("body span " + span + " is outside article " + id);
            }
        }
    }

    /** What a later read may reuse of this article instead of parsing its file again. */
    public KnownArticle known() {
        return KnownArticle.of(this);
    }

    /** The outlet when known, else the article's file name: what a reader sees as "who says so". */
    public String outletOrName() {
        if (metadata.source() != null) {
            return metadata.source();
        }
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }
}
