package org.coveragebot.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.ingest.KnownArticle;

/**
 * Where the coverage's passages are kept and how a new article set reaches them: the write side of the
 * retrieval port. An update embeds only new and changed articles and becomes visible all at once, or not
 * at all: a failed or killed update leaves the last good generation, which {@link #open} still serves.
 */
public interface IndexStore extends Closeable {

    /** What the store holds of each article's last parse, by id; empty when it holds nothing usable. */
    Map<String, KnownArticle> knownArticles() throws IOException;

    /**
     * Brings the store in line with {@code set}; {@code committed} is what {@link #knownArticles()} read, so an
     * unchanged set writes nothing.
     */
    IndexUpdateReport update(ArticleSet set, Map<String, KnownArticle> committed, IndexProgress progress)
            throws IOException;

    /** The generation last updated, for reading; only passages of {@code articles} are ever returned. */
    PassageIndex open(List<Article> articles) throws IOException;

    /** Bytes the store takes on disk (in SolrCloud, on all its nodes); empty while it holds nothing yet. */
    java.util.OptionalLong sizeBytes() throws IOException;

    /** Where the passages are kept, for logs and reports. */
    String describe();

    /** Lets go of the connections the store holds, if any. */
    @Override
    default void close() throws IOException {
    }
}
