package org.coveragebot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's results as Markdown: the machine, then quality against the baselines, then speed against the targets. */
final class BenchmarkReport {

    static final double BUILD_TARGET_SECONDS = 90;
    static final double COLD_START_TARGET_SECONDS = 3;
    static final double RELOAD_TARGET_SECONDS = 2;
    static final double P50_TARGET_MS = 30;
    static final double P99_TARGET_MS = 100;
    static final double THROUGHPUT_TARGET = 100;
    static final long HEAP_TARGET_MIB = 512;
    static final double QUALITY_TARGET_RATIO = 1.3;

    private final PrintStream out;

    BenchmarkReport(PrintStream out) {
        this.out = out;
    }

    void header(String command, MemoryWatch memory) {
        out.println("# Benchmarks");
        out.println();
        out.printf(Locale.ROOT, "Machine: %s, %d cores, %s; Java %s (%s), max heap %d MiB. Date: %s.%n", cpu(),
                Runtime.getRuntime().availableProcessors(), memoryTotal(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), memory.maxHeapMiB(), LocalDate.now());
        out.println();
        out.println("Made by `" + command + "` (this whole file; extractive mode, no LLM).");
        out.println();
    }

    void quality(List<QualityResult> results) {
        out.println("## Quality");
        out.println();
        out.println("`score.py` of the eval set scores each system's `ask --json` answers. *Chat rule*: a quote counts up to "
                + "400 characters and an answer's quotes add up to at most 1,500 (what a chat reader is shown); "
                + "*limits raised*: any length counts. *Recall@k*: the share of scored questions whose expected text "
                + "stands in the system's k best retrieved units (coverage-bot: passages of about 600 characters; "
                + "baselines: 300-token segments of about 1,250); where a case expects several texts (both sides of "
                + "an rgb conflict), all of them.");
        out.println();
        out.println("Baselines, built in the same run on the same articles: **BM25 segments** (Lucene BM25, English "
                + "analysis, over LangChain4j's recursive 300/30-token segments, top 3 quoted whole) and **easy RAG "
                + "defaults** (the same segments, BGE-small-en-v1.5 quantized, in-memory embedding store, top 3).");
        out.println();
        for (String set : results.stream().map(QualityResult::set).distinct().toList()) {
            List<QualityResult> rows = results.stream().filter(r -> r.set().equals(set)).toList();
            out.println("### " + set);
            out.println();
            out.println("| system | chat rule | limits raised | recall@1 / @3 / @10 | build | per question | contract breaks |");
            out.println("|---|---|---|---|---|---|---|");
            for (QualityResult r : rows) {
                out.printf(Locale.ROOT, "| %s | %d/%d (%.0f %%) | %d/%d (%.0f %%) | %.0f / %.0f / %.0f %% | %.1f s | %.0f ms | %d/%d |%n",
                        r.system(), r.chatRule().passed(), r.chatRule().scored(), 100 * r.chatRule().share(),
                        r.limitsRaised().passed(), r.limitsRaised().scored(), 100 * r.limitsRaised().share(),
                        100 * r.recall()[0], 100 * r.recall()[1], 100 * r.recall()[2], r.buildSeconds(), r.msPerQuestion(),
                        r.chatRule().contractBreaks(), r.chatRule().answers());
            }
            out.println();
            List<String> parts = List.copyOf(rows.get(0).parts().keySet());
            if (!parts.isEmpty()) {
                out.println("| system | " + String.join(" | ", parts) + " |");
                out.println("|---|" + "---|".repeat(parts.size()));
                for (QualityResult r : rows) {
                    StringBuilder row = new StringBuilder("| " + r.system() + " |");
                    for (String part : parts) {
                        Scorer.Score score = r.parts().get(part);
                        row.append(String.format(Locale.ROOT, " %d/%d (%.0f %%) |", score.passed(), score.scored(),
                                100 * score.share()));
                    }
                    out.println(row);
                }
                out.println();
            }
            QualityResult ours = rows.get(0);
            for (QualityResult baseline : rows.subList(1, rows.size())) {
                out.printf(Locale.ROOT, "coverage-bot vs %s: %s under the chat rule, %s with limits raised.%n",
                        baseline.system(), ratio(ours.chatRule(), baseline.chatRule()),
                        ratio(ours.limitsRaised(), baseline.limitsRaised()));
            }
            out.println();
        }
        results.stream().filter(r -> r.system().equals("easy RAG defaults")).findFirst().ifPresent(easy -> {
            QualityResult ours = results.stream().filter(r -> r.set().equals(easy.set())).findFirst().orElseThrow();
            out.printf(Locale.ROOT, "Target: quality at least %.1f\u00d7 easy RAG (%s, chat rule): %s.%n%n", QUALITY_TARGET_RATIO,
                    easy.set(), ours.chatRule().passed() >= QUALITY_TARGET_RATIO * easy.chatRule().passed() ? "met" : "missed");
        });
    }

    void speed(List<SpeedResult> runs, MemoryWatch memory) {
        out.println("## Speed");
        out.println();
        out.println("Questions are made from the articles' own sentences (a few words after \"Who\", \"How many\", "
                + "\"What about\" …), after " + SpeedBenchmark.warmUp(runs.get(0).questions()) + " warm-up questions; the timed questions and the "
                + "throughput's are new ones, so that what an article set keeps from one question for the next is not "
                + "found ready; 4 askers share the 2 cores for throughput. Cold start "
                + "is a new JVM running `ask --json` to its first answer over the built index (median of "
                + SpeedBenchmark.COLD_STARTS + ").");
        out.println();
        StringBuilder head = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (SpeedResult run : runs) {
            head.append(String.format(Locale.ROOT, " %s (%,d articles) |", run.copies() > 1 ? run.copies() + " \u00d7 "
                    + Path.of(run.folder()).getFileName() : Path.of(run.folder()).getFileName(), run.articles()));
            rule.append("---|");
        }
        out.println(head.append(" target |"));
        out.println(rule.append("---|"));
        SpeedResult largest = runs.get(runs.size() - 1);
        row(runs, "full index build", r -> String.format(Locale.ROOT, "%.1f s (%,d sentences)", r.buildSeconds(), r.sentences()),
                "\u2264 " + (int) BUILD_TARGET_SECONDS + " s for BBC: " + check(runs.get(0).buildSeconds(), BUILD_TARGET_SECONDS));
        row(runs, "cold start to first answer, median (slowest)", r -> String.format(Locale.ROOT, "%.1f s (%.1f s)",
                        r.coldStartSeconds(), r.slowestColdStartSeconds()),
                "\u2264 " + (int) COLD_START_TARGET_SECONDS + " s: " + check(largest.coldStartSeconds(), COLD_START_TARGET_SECONDS));
        row(runs, "nothing-changed reload", r -> String.format(Locale.ROOT, "%.2f s", r.reloadSeconds()),
                "\u2264 " + (int) RELOAD_TARGET_SECONDS + " s: " + check(largest.reloadSeconds(), RELOAD_TARGET_SECONDS));
        row(runs, "answer latency p50 / p99 (max)", r -> String.format(Locale.ROOT, "%.1f / %.1f ms (%.0f ms), %d questions",
                        r.p50Ms(), r.p99Ms(), r.maxMs(), r.questions()),
                String.format(Locale.ROOT, "p50 \u2264 %d, p99 \u2264 %d ms at ~11k: %s, %s", (int) P50_TARGET_MS, (int) P99_TARGET_MS,
                        check(largest.p50Ms(), P50_TARGET_MS), check(largest.p99Ms(), P99_TARGET_MS)));
        row(runs, "answers per second, " + SpeedBenchmark.ASKERS + " askers", r -> String.format(Locale.ROOT, "%.0f", r.answersPerSecond()),
                "\u2265 " + (int) THROUGHPUT_TARGET + ": " + checkAtLeast(largest.answersPerSecond(), THROUGHPUT_TARGET));
        out.println();
        out.printf(Locale.ROOT, "Memory over the whole run (one process, max heap %d MiB): heap in use after a collection at "
                        + "most %d MiB (target \u2264 %d MiB: %s); peak heap in use, garbage included, %d MiB; peak RSS %s.%n%n",
                memory.maxHeapMiB(), memory.liveAfterGcMiB(), HEAP_TARGET_MIB,
                check(memory.liveAfterGcMiB(), HEAP_TARGET_MIB), memory.peakHeapMiB(),
                MemoryWatch.peakRssMiB() < 0 ? "unknown" : MemoryWatch.peakRssMiB() + " MiB (heap, the ONNX model, mapped index files)");
    }

    /** The SolrCloud store beside the embedded index, on the same folder and copies. */
    void solr(SpeedResult embedded, SpeedResult solr) {
        out.printf(Locale.ROOT, "### SolrCloud beside the embedded index%n%n");
        out.printf(Locale.ROOT, "The same measures with `COVERAGE_SOLR_URL` set: a collection of %d shards x %d replicas on %d "
                        + "Solr nodes with ZooKeeper, all started in the benchmark's process (Solr's MiniSolrCloudCluster) and "
                        + "sharing its 2 cores; a real deployment gives each node its own machine.%n%n",
                org.coveragebot.solr.SolrSettings.DEFAULT_SHARDS, org.coveragebot.solr.SolrSettings.DEFAULT_REPLICAS,
                BenchCluster.NODES);
        out.println("| measure | embedded | SolrCloud | SolrCloud / embedded |");
        out.println("|---|---|---|---|");
        List<SpeedResult> both = List.of(embedded, solr);
        row(both, "articles", r -> String.format(Locale.ROOT, "%,d (%d \u00d7 %s)", r.articles(), r.copies(),
                Path.of(r.folder()).getFileName()), "");
        row(both, "full index build", r -> String.format(Locale.ROOT, "%.1f s", r.buildSeconds()),
                times(solr.buildSeconds(), embedded.buildSeconds()));
        row(both, "cold start to first answer, median (slowest)", r -> String.format(Locale.ROOT, "%.1f s (%.1f s)",
                r.coldStartSeconds(), r.slowestColdStartSeconds()), times(solr.coldStartSeconds(), embedded.coldStartSeconds()));
        row(both, "nothing-changed reload", r -> String.format(Locale.ROOT, "%.2f s", r.reloadSeconds()),
                times(solr.reloadSeconds(), embedded.reloadSeconds()));
        row(both, "answer latency p50 / p99 (max)", r -> String.format(Locale.ROOT, "%.1f / %.1f ms (%.0f ms)",
                r.p50Ms(), r.p99Ms(), r.maxMs()), times(solr.p50Ms(), embedded.p50Ms()) + " / "
                + times(solr.p99Ms(), embedded.p99Ms()));
        row(both, "answers per second, " + SpeedBenchmark.ASKERS + " askers", r -> String.format(Locale.ROOT, "%.0f",
                r.answersPerSecond()), times(solr.answersPerSecond(), embedded.answersPerSecond()));
        out.println();
    }

    private static String times(double value, double base) {
        return base <= 0 ? "" : String.format(Locale.ROOT, "%.1f\u00d7", value / base);
    }

    private void row(List<SpeedResult> runs, String measure, java.util.function.Function<SpeedResult, String> value, String target) {
        StringBuilder line = new StringBuilder("| ").append(measure).append(" |");
        for (SpeedResult run : runs) {
            line.append(' ').append(value.apply(run)).append(" |");
        }
        out.println(line.append(' ').append(target).append(" |"));
    }

    /** "met", or by how much a value that should stay at most {@code target} misses it. */
    static String check(double value, double target) {
        return value <= target ? "met" : String.format(Locale.ROOT, "missed by %.0f %%", 100 * (value - target) / target);
    }

    static String checkAtLeast(double value, double target) {
        return value >= target ? "met" : String.format(Locale.ROOT, "missed by %.0f %%", 100 * (target - value) / target);
    }

    static String ratio(Scorer.Score ours, Scorer.Score baseline) {
        if (baseline.passed() == 0) {
            return ours.passed() == 0 ? "both 0" : ours.passed() + " cases against none";
        }
        return String.format(Locale.ROOT, "%.1f\u00d7", (double) ours.passed() / baseline.passed());
    }

    private static String cpu() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    }

    private static String memoryTotal() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format(Locale.ROOT, "%.0f GiB RAM", Long.parseLong(kb.replaceAll("\\D+", "")) / 1048576.0))
                .orElse("RAM unknown");
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
