package org.coveragebot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.solr.SolrSettings;

/**
 * {@code bench}: the published benchmark in one run. With an eval folder (shared/eval): quality on its
 * question sets for coverage-bot and both baselines, then speed on its BBC set, once and in copies.
 * With an article folder only: speed on that folder. The report (Markdown) goes to {@code report};
 * progress to {@code progress}.
 */
public final class BenchmarkRun {

    /** The question sets scored, in this order, where the eval folder has them. */
    static final List<String> QUESTION_SETS = List.of("realtimeqa-dev", "rgb-conflicts-dev", "gva-dev", "polnear-dev");
    static final String SPEED_SET = "bbc";

    private final PrintStream report;
    private final PrintStream progress;
    private final MemoryWatch memory = new MemoryWatch();

    public BenchmarkRun(PrintStream report, PrintStream progress) {
        this.report = report;
        this.progress = progress;
    }

    /** Quality on the question sets of {@code eval} and speed on its BBC set, alone and in {@code copies} copies. */
    public void all(Path eval, Path work, int copies, int questions, boolean solr, String command) throws Exception {
        Path script = eval.resolve("score.py");
        if (!Files.isRegularFile(script)) {
            throw new IOException(eval + " has no score.py: give the shared eval folder (../shared/eval)");
        }
        BenchmarkReport markdown = new BenchmarkReport(report);
        markdown.header(command, memory);
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            List<QualityResult> quality = new ArrayList<>();
            QualityBenchmark benchmark = new QualityBenchmark(new Scorer(script), work);
            for (String name : QUESTION_SETS) {
                if (Files.isDirectory(eval.resolve(name))) {
                    quality.addAll(quality(EvalSet.read(eval.resolve(name)), benchmark, embedder, work));
                }
            }
            markdown.quality(quality);
            List<SpeedResult> speed = new ArrayList<>();
            Path bbc = eval.resolve(SPEED_SET);
            if (Files.isDirectory(bbc)) {
                SpeedBenchmark timing = new SpeedBenchmark(embedder);
                for (int times : copies > 1 ? new int[] {1, copies} : new int[] {1}) {
                    progress.printf("bench: speed on %s x%d%n", bbc, times);
                    speed.add(timing.run(bbc, work, times, questions));
                }
                markdown.speed(speed, memory);
                if (solr) {
                    markdown.solr(speed.get(speed.size() - 1), solr(timing, bbc, work, copies, questions));
                }
            }
        }
    }

    /** Speed only, on one article folder (alone, or in {@code copies} copies). */
    public void speed(Path articles, Path work, int copies, int questions, boolean solr, String command) throws Exception {
        BenchmarkReport markdown = new BenchmarkReport(report);
        markdown.header(command, memory);
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            SpeedBenchmark timing = new SpeedBenchmark(embedder);
            SpeedResult embedded = timing.run(articles, work, copies, questions);
            markdown.speed(List.of(embedded), memory);
            if (solr) {
                markdown.solr(embedded, solr(timing, articles, work, copies, questions));
            }
        }
    }

    /** The same measures with the coverage in a two-node SolrCloud (2 shards x 2 replicas, the default). */
    private SpeedResult solr(SpeedBenchmark timing, Path articles, Path work, int copies, int questions) throws Exception {
        progress.printf("bench: speed on %s x%d in SolrCloud (%d nodes)%n", articles, copies, BenchCluster.NODES);
        try (BenchCluster cluster = new BenchCluster(work)) {
            return timing.runSolr(articles, work, copies, questions, cluster.urls(), SolrSettings.DEFAULT_SHARDS,
                    SolrSettings.DEFAULT_REPLICAS);
        }
    }

    private List<QualityResult> quality(EvalSet set, QualityBenchmark benchmark, MiniLmEmbedder embedder, Path work)
            throws Exception {
        List<Article> articles = new ArticleFolder(set.articles()).read().articles();
        List<QualityResult> results = new ArrayList<>();
        progress.printf("bench: %s, coverage-bot%n", set.name());
        long started = System.nanoTime();
        try (Contender ours = new CoverageContender(set.articles(), work.resolve("index-" + set.name()), embedder)) {
            results.add(benchmark.measure(set, ours, SpeedBenchmark.seconds(started)));
        }
        progress.printf("bench: %s, BM25 segments%n", set.name());
        started = System.nanoTime();
        try (Contender bm25 = new Bm25Segments(articles)) {
            results.add(benchmark.measure(set, bm25, SpeedBenchmark.seconds(started)));
        }
        progress.printf("bench: %s, easy RAG defaults (embedding every segment with BGE-small takes a while)%n", set.name());
        started = System.nanoTime();
        try (Contender easy = new EasyRagDefaults(articles)) {
            results.add(benchmark.measure(set, easy, SpeedBenchmark.seconds(started)));
        }
        return results;
    }
}
