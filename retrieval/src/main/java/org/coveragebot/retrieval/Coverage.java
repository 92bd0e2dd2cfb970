package org.coveragebot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexStore;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.index.LocalIndexStore;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.ingest.KnownArticle;
import org.coveragebot.retrieval.search.CoverageSearch;
import org.coveragebot.retrieval.search.Findings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage: an article folder, the store of its passages (an embedded index on disk, or a SolrCloud
 * collection), and questions answered from it. The one entry point of this module. Opening brings the
 * store up to date with the folder (only new and changed articles are embedded); questions are answered
 * from an immutable snapshot that {@link #reload} replaces atomically. A replaced snapshot closes when the
 * last question using it is done. Thread-safe.
 */
public final class Coverage implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Coverage.class);

    private final ArticleFolder folder;
    private final IndexStore store;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    private Coverage(ArticleFolder folder, IndexStore store) {
        this.folder = folder;
        this.store = store;
    }

    /** Opens the coverage of {@code articles}, building or updating the embedded index at {@code index} first. */
    public static Coverage open(Path articles, Path index, Embedder embedder, IndexProgress progress) throws IOException {
        Objects.requireNonNull(embedder, "embedder");
        return open(articles, new LocalIndexStore(index, embedder), progress);
    }

    /** Opens the coverage of {@code articles} kept in {@code store}, bringing the store up to date first. */
    public static Coverage open(Path articles, IndexStore store, IndexProgress progress) throws IOException {
        Coverage coverage = new Coverage(new ArticleFolder(articles), store);
        coverage.reload(progress);
        return coverage;
    }

    /**
     * Re-reads the folder, brings the index up to date and swaps in the new snapshot. Questions asked
     * meanwhile are answered from the previous one; if anything fails, the previous one stays.
     */
    public synchronized IndexUpdateReport reload(IndexProgress progress) throws IOException {
        Map<String, KnownArticle> committed = store.knownArticles();
        ArticleSet set = folder.read(committed);
        IndexUpdateReport report = store.update(set, committed, progress);
        java.util.Set<String> failed = new java.util.HashSet<>();
        report.skipped().forEach(skip -> failed.add(skip.name()));
        PassageIndex index = store.open(
                set.articles().stream().filter(article -> !failed.contains(article.id())).toList());
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

    /** Bytes the store takes on disk (in SolrCloud, on all its nodes); empty while it holds nothing yet. */
    public java.util.OptionalLong indexSizeBytes() throws IOException {
        return store.sizeBytes();
    }

    /** Where the passages are kept: a folder, or a SolrCloud collection. */
    public String storeDescription() {
        return store.describe();
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

        private final PassageIndex index;
        private final CoverageSearch search;
        private final IndexUpdateReport report;
        private final CoverageSummary summary;
        private final AtomicInteger references = new AtomicInteger(1);

        Snapshot(PassageIndex index, CoverageSearch search, IndexUpdateReport report) {
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
