package org.coveragebot.bot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.text.SentenceSplitter;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * {@code bench}: the speed half of the benchmark, in one process on this machine: cold start to the
 * first answer, a full index build (of the folder, or of several copies of it), a nothing-changed
 * update, answer latency p50/p99 over questions made from the articles' own sentences, sustained
 * answers per second with 4 concurrent askers, and peak heap and RSS. Prints a Markdown table.
 */
public final class SpeedBenchmark {

    static final int ASKERS = 4;
    static final int WARM_UP = 100;

    private final PrintStream out;

    public SpeedBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Path articles, Path work, int copies, int questions) throws Exception {
        Path folder = copies <= 1 ? articles : copies(articles, work.resolve("articles"), copies);
        Path index = work.resolve("index");
        List<String[]> rows = new ArrayList<>();
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            long started = System.nanoTime();
            IndexUpdateReport build;
            try (Coverage coverage = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
                build = coverage.lastUpdate();
            }
            rows.add(row("full index build" + (copies > 1 ? " (" + copies + " copies)" : ""),
                    String.format("%.1f s: %s", seconds(started), build)));
            rows.add(row("cold start to first answer (a new JVM: model load, index open, nothing-changed update)",
                    String.format("%.1f s", coldStart(folder, index))));
            try (Coverage coverage = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
                Answerer answerer = new ExtractiveAnswerer(coverage);
                long update = System.nanoTime();
                IndexUpdateReport nothing = coverage.reload(IndexProgress.SILENT);
                rows.add(row("nothing-changed update", String.format("%.2f s, %d sentences embedded", seconds(update),
                        nothing.sentencesEmbedded())));
                List<String> asked = questions(coverage, folder, questions);
                for (String warmUp : asked.subList(0, Math.min(asked.size(), WARM_UP))) {
                    answerer.answer(warmUp); // let the JIT compile the hot path before timing
                }
                long[] latencies = new long[asked.size()];
                for (int i = 0; i < asked.size(); i++) {
                    long t = System.nanoTime();
                    answerer.answer(asked.get(i));
                    latencies[i] = System.nanoTime() - t;
                }
                Arrays.sort(latencies);
                rows.add(row("answer latency, " + asked.size() + " questions, one asker", String.format(
                        "p50 %.1f ms, p99 %.1f ms, max %.1f ms", ms(latencies, 50), ms(latencies, 99), latencies[latencies.length - 1] / 1e6)));
                rows.add(row("sustained answers per second, " + ASKERS + " concurrent askers",
                        String.format("%.0f", throughput(answerer, asked))));
            }
        }
        rows.add(row("peak heap (all heap pools)", peakHeapMiB() + " MiB"));
        rows.add(row("peak RSS (VmHWM)", peakRss()));
        out.println("| measure | value |");
        out.println("|---|---|");
        for (String[] row : rows) {
            out.println("| " + row[0] + " | " + row[1] + " |");
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
                    answerer.answer(asked.get(at));
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
    static List<String> questions(Coverage coverage, Path folder, int count) {
        List<Article> articles = new ArticleFolder(folder).read().articles();
        Random random = new Random(42);
        List<String> questions = new ArrayList<>();
        String[] openers = {"What about ", "Who ", "How many ", "When did ", "What did ", "Where "};
        while (questions.size() < count && !articles.isEmpty()) {
            Article article = articles.get(random.nextInt(articles.size()));
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
    private static double coldStart(Path folder, Path index) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process ask = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.coveragebot.bot.Main", "ask", "--json",
                "--articles", folder.toString(), "--index", index.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ask.getOutputStream().write("{\"chat\": \"bench\", \"question\": \"What happened?\"}\n".getBytes(StandardCharsets.UTF_8));
        ask.getOutputStream().close();
        try (var answers = new java.io.BufferedReader(new java.io.InputStreamReader(ask.getInputStream(), StandardCharsets.UTF_8))) {
            answers.readLine();
        }
        double seconds = seconds(started);
        ask.waitFor(30, TimeUnit.SECONDS);
        return seconds;
    }

    private static Path copies(Path source, Path target, int copies) throws IOException {
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

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024 + " MiB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static String[] row(String measure, String value) {
        return new String[] {measure, value};
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double ms(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(percentile / 100 * (sorted.length - 1)))] / 1e6;
    }
}
