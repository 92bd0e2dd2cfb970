package org.coveragebot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.coveragebot.retrieval.index.CoverageIndex;
import org.coveragebot.retrieval.index.CoverageIndexer;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.search.CoverageSearch;
import org.coveragebot.retrieval.search.Findings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage: an article folder, its on-disk index, and questions answered from it. The one entry
 * point of this module. Opening brings the index up to date with the folder (only new and changed
 * articles are embedded); questions are answered from an immutable snapshot that {@link #reload}
 * replaces atomically.
 */
public final class Coverage implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Coverage.class);

    private final ArticleFolder folder;
    private final CoverageIndexer indexer;
    private final Path indexDir;
    private final Embedder embedder;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    private Coverage(ArticleFolder folder, Path indexDir, Embedder embedder, CoverageIndexer indexer) {
        this.folder = folder;
        this.indexDir = indexDir;
        this.embedder = embedder;
        this.indexer = indexer;
    }

    /** Opens the coverage of {@code articles}, building or updating the index at {@code index} first. */
    public static Coverage open(Path articles, Path index, Embedder embedder, IndexProgress progress) throws IOException {
        Objects.requireNonNull(embedder, "embedder");
        Files.createDirectories(index);
        ArticleFolder folder = new ArticleFolder(articles);
        Coverage coverage = new Coverage(folder, index, embedder,
                new CoverageIndexer(index, embedder, new org.coveragebot.retrieval.text.PassageSplitter()));
        coverage.reload(progress);
        return coverage;
    }

    /**
     * Re-reads the folder, brings the index up to date and swaps in the new snapshot. Questions asked
     * meanwhile are answered from the previous one; if anything fails, the previous one stays.
     */
    public synchronized IndexUpdateReport reload(IndexProgress progress) throws IOException {
        ArticleSet set = folder.read();
        IndexUpdateReport report = indexer.update(set, progress);
        CoverageIndex index = CoverageIndex.open(indexDir, set.articles(), embedder);
        Snapshot previous = current.getAndSet(new Snapshot(index, report));
        if (previous != null) {
            previous.index().close();
        }
        log.info("Coverage of {}: {}", folder.root(), report);
        return report;
    }

    public Findings find(String question) throws IOException {
        return new CoverageSearch(snapshot().index()).find(question);
    }

    public IndexUpdateReport lastUpdate() {
        return snapshot().report();
    }

    public CoverageIndex index() {
        return snapshot().index();
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            throw new IllegalStateException("coverage is closed");
        }
        return snapshot;
    }

    @Override
    public void close() throws IOException {
        Snapshot last = current.getAndSet(null);
        if (last != null) {
            last.index().close();
        }
    }

    private record Snapshot(CoverageIndex index, IndexUpdateReport report) {
    }
}
