package org.coveragebot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.Ask;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexStore;
import org.coveragebot.retrieval.index.LocalIndexStore;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.text.SentenceSplitter;
import org.coveragebot.retrieval.text.TextSpan;
import org.coveragebot.solr.SolrIndexStore;
import org.coveragebot.solr.SolrSettings;

/**
 * The speed half, on one article folder (or several copies of it), in this process: a full index build,
 * cold start to the first answer in a new JVM, a nothing-changed reload, answer latency over questions
 * made from the articles' own sentences, and sustained answers per second with 4 concurrent askers.
 */
public final class SpeedBenchmark {

    static final int ASKERS = 4;
    static final int WARM_UP = 300;

    /** Warm-up questions before {@code questions} timed ones: {@link #WARM_UP}, fewer for a smoke run of fewer. */
    static int warmUp(int questions) {
        return Math.min(WARM_UP, questions);
    }
    /** Cold starts timed; the median is reported (the first one after a build varies most). */
    static final int COLD_STARTS = 3;

    private final Embedder embedder;

    public SpeedBenchmark(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Measures {@code articles} (copied {@code copies} times under {@code work} when more than one). */
    public SpeedResult run(Path articles, Path work, int copies, int questions) throws Exception {
        Path folder = copies <= 1 ? articles : copies(articles, work.resolve("articles-x" + copies), copies);
        Path index = work.resolve("index-x" + copies);
        return measure(articles, folder, copies, questions, () -> new LocalIndexStore(index, embedder),
                List.of("--index", index.toString()), Map.of());
    }

    /**
     * As {@link #run}, with the coverage kept in the SolrCloud cluster at {@code solrUrls} (a collection of
     * {@code shards} x {@code replicas}, made by the build): as {@code COVERAGE_SOLR_URL} makes coverage-bot run.
     */
    public SpeedResult runSolr(Path articles, Path work, int copies, int questions, String solrUrls, int shards,
                               int replicas) throws Exception {
        Path folder = copies <= 1 ? articles : copies(articles, work.resolve("articles-x" + copies), copies);
        String collection = "bench-x" + copies;
        SolrSettings settings = SolrSettings.parse(solrUrls, collection, shards, replicas);
        return measure(articles, folder, copies, questions, () -> SolrIndexStore.connect(settings, embedder), List.of(),
                Map.of("COVERAGE_SOLR_URL", solrUrls, "COVERAGE_SOLR_COLLECTION", collection));
    }

    /** What a store is made by: a new one for each opening, as each process makes its own. */
    private interface StoreFactory {
        IndexStore open() throws IOException;
    }

    private SpeedResult measure(Path articles, Path folder, int copies, int questions, StoreFactory stores,
                                List<String> coldStartArgs, Map<String, String> coldStartEnvironment) throws Exception {
        long started = System.nanoTime();
        IndexUpdateReport build;
        try (IndexStore store = stores.open();
             Coverage coverage = Coverage.open(folder, store, IndexProgress.SILENT)) {
            build = coverage.lastUpdate();
        }
        double buildSeconds = seconds(started);
        double[] starts = new double[COLD_STARTS];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = coldStart(folder, coldStartArgs, coldStartEnvironment);
        }
        Arrays.sort(starts);
        double coldStart = starts[starts.length / 2];
        try (IndexStore store = stores.open();
             Coverage coverage = Coverage.open(folder, store, IndexProgress.SILENT)) {
            Answerer answerer = new ExtractiveAnswerer(coverage);
            long reload = System.nanoTime();
            coverage.reload(IndexProgress.SILENT);
            double reloadSeconds = seconds(reload);
            int warmUps = warmUp(questions);
            List<String> made = questions(folder, warmUps + 2 * questions);
            List<String> asked = made.subList(Math.min(made.size(), warmUps), Math.min(made.size(), warmUps + questions));
            List<String> sustained = made.subList(Math.min(made.size(), warmUps + questions), made.size());
            for (String warmUp : made.subList(0, Math.min(made.size(), warmUps))) {
                // let the JIT compile the hot path before timing; questions of their own, so that what the
                // index keeps from one question for the next is not found ready for the timed ones
                answerer.answer(Ask.of(warmUp));
            }
            long[] latencies = new long[asked.size()];
            for (int i = 0; i < asked.size(); i++) {
                long t = System.nanoTime();
                answerer.answer(Ask.of(asked.get(i)));
                latencies[i] = System.nanoTime() - t;
            }
            Arrays.sort(latencies);
            return new SpeedResult(articles.toString(), copies, build.articles(), build.sentencesEmbedded(), buildSeconds,
                    coldStart, starts[starts.length - 1], reloadSeconds, asked.size(), ms(latencies, 50), ms(latencies, 99),
                    latencies[latencies.length - 1] / 1e6, throughput(answerer, sustained));
        }
    }

    private static double throughput(Answerer answerer, List<String> asked) throws Exception {
        ExecutorService askers = Executors.newFixedThreadPool(ASKERS);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            running.add(askers.submit(() -> {
                int at;
                while ((at = next.getAndIncrement()) < asked.size()) {
                    answerer.answer(Ask.of(asked.get(at)));
                }
            }));
        }
        for (Future<?> asker : running) {
            asker.get();
        }
        askers.shutdown();
        askers.awaitTermination(1, TimeUnit.MINUTES);
        return asked.size() / seconds(started);
    }

    /** Questions made from the articles' own sentences: a few words of a random sentence, deterministic. */
    static List<String> questions(Path folder, int count) {
        List<Article> articles = new ArticleFolder(folder).read().articles();
        Random random = new Random(42);
        List<String> questions = new ArrayList<>();
        String[] openers = {"What about ", "Who ", "How many ", "When did ", "What did ", "Where "};
        while (questions.size() < count && !articles.isEmpty()) {
            Article article = articles.get(random.nextInt(articles.size()));
            if (article.body().isEmpty()) {
                continue;
            }
            TextSpan paragraph = article.body().get(random.nextInt(article.body().size()));
            List<TextSpan> sentences = SentenceSplitter.split(article.text(), paragraph);
            String[] words = sentences.get(random.nextInt(sentences.size())).of(article.text()).split("\\s+");
            int from = random.nextInt(Math.max(1, words.length - 6));
            questions.add(openers[random.nextInt(openers.length)]
                    + String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 6))) + "?");
        }
        return questions;
    }

    /** Seconds from launching {@code ask --json} in a new JVM to its first answer line. */
    private static double coldStart(Path folder, List<String> storeArgs, Map<String, String> environment)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.coveragebot.bot.Main", "ask", "--json",
                "--articles", folder.toString()));
        command.addAll(storeArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process ask = builder.start();
        ask.getOutputStream().write("{\"chat\": \"bench\", \"question\": \"What happened?\"}\n".getBytes(StandardCharsets.UTF_8));
        ask.getOutputStream().close();
        try (BufferedReader answers = new BufferedReader(new InputStreamReader(ask.getInputStream(), StandardCharsets.UTF_8))) {
            if (answers.readLine() == null) {
                throw new IOException("the cold-start run of ask --json gave no answer");
            }
        }
        double seconds = seconds(started);
        ask.waitFor(30, TimeUnit.SECONDS);
        return seconds;
    }

    /** {@code copies} copies of {@code source} under {@code target}; made once, then the same for every store. */
    private static Path copies(Path source, Path target, int copies) throws IOException {
        if (Files.isDirectory(target)) {
            return target;
        }
        for (int copy = 1; copy <= copies; copy++) {
            Path into = target.resolve("copy-" + copy);
            try (var files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path destination = into.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination);
                    }
                }
            }
        }
        return target;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double ms(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(percentile / 100 * (sorted.length - 1)))] / 1e6;
    }
}
