package org.coveragebot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.coveragebot.retrieval.index.CoverageIndex;
import org.coveragebot.retrieval.index.CoverageIndexer;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.ingest.KnownArticle;
import org.coveragebot.retrieval.search.CoverageSearch;
import org.coveragebot.retrieval.search.Findings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage: an article folder, its on-disk index, and questions answered from it. The one entry
 * point of this module. Opening brings the index up to date with the folder (only new and changed
 * articles are embedded); questions are answered from an immutable snapshot that {@link #reload}
 * replaces atomically. A replaced snapshot closes when the last question using it is done. Thread-safe.
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
        Map<String, KnownArticle> committed = indexer.knownArticles();
        ArticleSet set = folder.read(committed);
        IndexUpdateReport report = indexer.update(set, committed, progress);
        java.util.Set<String> failed = new java.util.HashSet<>();
        report.skipped().forEach(skip -> failed.add(skip.name()));
        CoverageIndex index = CoverageIndex.open(indexDir,
                set.articles().stream().filter(article -> !failed.contains(article.id())).toList(), embedder);
        Snapshot previous = current.getAndSet(new Snapshot(index, new CoverageSearch(index), report));
        if (previous != null) {
            previous.release();
        }
        log.debug("Coverage of {}: {}", folder.root(), report);
        return report;
    }

    /** Answers from the snapshot current when the question arrives, even if a reload swaps it meanwhile. */
    public Findings find(String question) throws IOException {
        return find(question, java.util.Set.of());
    }

    /** As {@link #find(String)}, favouring {@code carried} articles (quoted earlier in the conversation). */
    public Findings find(String question, java.util.Set<String> carried) throws IOException {
        Snapshot snapshot = acquire();
        try {
            return snapshot.search.find(question, carried);
        } finally {
            snapshot.release();
        }
    }

    /** The texts of the best {@code k} passages for {@code question}, before sentence ranking: what retrieval found. */
    public java.util.List<String> passages(String question, int k) throws IOException {
        Snapshot snapshot = acquire();
        try {
            return snapshot.search.passages(question, k);
        } finally {
            snapshot.release();
        }
    }

    /** An article of the current set by its id. */
    public java.util.Optional<org.coveragebot.retrieval.ingest.Article> article(String id) {
        return read(snapshot -> java.util.Optional.ofNullable(snapshot.index.articles().get(id)));
    }

    public CoverageSummary summary() {
        return read(snapshot -> snapshot.summary);
    }

    /** Bytes the index takes on disk. */
    public long indexSizeBytes() throws IOException {
        try (var files = Files.walk(indexDir)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                total += Files.size(file);
            }
            return total;
        }
    }

    public Path articleFolder() {
        return folder.root();
    }

    public IndexUpdateReport lastUpdate() {
        return read(snapshot -> snapshot.report);
    }

    /** Reads from the current snapshot, which stays open until the reading is done. */
    private <T> T read(java.util.function.Function<Snapshot, T> reading) {
        Snapshot snapshot = acquire();
        try {
            return reading.apply(snapshot);
        } finally {
            snapshot.release();
        }
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current.get();
            if (snapshot == null) {
                throw new IllegalStateException("coverage of " + folder.root() + " is closed");
            }
            if (snapshot.tryAcquire()) {
                return snapshot;
            }
        }
    }

    @Override
    public void close() throws IOException {
        Snapshot last = current.getAndSet(null);
        if (last != null) {
            last.release();
        }
    }

    /** One index generation; closed when it is replaced and the last question using it is done. */
    private static final class Snapshot {

        private final CoverageIndex index;
        private final CoverageSearch search;
        private final IndexUpdateReport report;
        private final CoverageSummary summary;
        private final AtomicInteger references = new AtomicInteger(1);

        Snapshot(CoverageIndex index, CoverageSearch search, IndexUpdateReport report) {
            this.index = index;
            this.search = search;
            this.report = report;
            this.summary = CoverageSummary.of(index.articles().values(), index.passageCount());
        }

        boolean tryAcquire() {
            int count;
            do {
                count = references.get();
                if (count == 0) {
                    return false;
                }
            } while (!references.compareAndSet(count, count + 1));
            return true;
        }

        void release() {
            if (references.decrementAndGet() == 0) {
                try {
                    index.close();
                } catch (IOException e) {
                    log.warn("Closing a replaced index failed", e);
                }
            }
        }
    }
}
