package org.coveragebot.retrieval.ingest;

import java.util.List;
import java.util.Objects;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * What an earlier read made of an article's text: when a {@code .txt}/{@code .md} file still holds the
 * same text, its metadata and body are taken from here instead of parsing the file again (the index
 * keeps them, so a restart over thousands of unchanged files does not re-run the boilerplate rules).
 *
 * @param textHash {@link #hashOf} the article text
 * @param hash     the article's content hash ({@link Article#hash()})
 */
public record KnownArticle(String textHash, ArticleMetadata metadata, List<TextSpan> body, String hash) {

    public KnownArticle {
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(hash, "hash");
        body = List.copyOf(body);
    }

    public static String hashOf(String text) {
        return ContentHash.of(text, ArticleMetadata.UNKNOWN);
    }

    static KnownArticle of(Article article) {
        return new KnownArticle(hashOf(article.text()), article.metadata(), article.body(), article.hash());
    }
}
