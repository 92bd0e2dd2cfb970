package org.coveragebot.retrieval.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.ingest.KnownArticle;
import org.coveragebot.retrieval.text.PassageSplitter;

/** The default store: an embedded Lucene index in a folder on this machine. */
public final class LocalIndexStore implements IndexStore {

    private final Path folder;
    private final Embedder embedder;
    private final CoverageIndexer indexer;

    public LocalIndexStore(Path folder, Embedder embedder) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.embedder = embedder;
        this.indexer = new CoverageIndexer(folder, embedder, new PassageSplitter());
    }

    @Override
    public Map<String, KnownArticle> knownArticles() throws IOException {
        return indexer.knownArticles();
    }

    @Override
    public IndexUpdateReport update(ArticleSet set, Map<String, KnownArticle> committed, IndexProgress progress)
            throws IOException {
        return indexer.update(set, committed, progress);
    }

    @Override
    public PassageIndex open(List<Article> articles) throws IOException {
        return CoverageIndex.open(folder, articles, embedder);
    }

    @Override
    public java.util.OptionalLong sizeBytes() throws IOException {
        try (var files = Files.walk(folder)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                total += Files.size(file);
            }
            return java.util.OptionalLong.of(total);
        }
    }

    @Override
    public String describe() {
        return folder.toString();
    }
}
