package org.coveragebot.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar bench/target/coverage-bench.jar}: the benchmark, in its own jar so that the product
 * carries no baseline model. {@code --eval DIR} measures quality on DIR's question sets against two
 * baselines and speed on DIR/bbc; {@code --articles DIR} measures speed on any folder.
 */
public final class BenchMain {

    private static final Logger log = LoggerFactory.getLogger(BenchMain.class);
    private static final Set<String> FLAGS = Set.of("eval", "articles", "copies", "questions", "solr");

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Map<String, String> flags;
        int copies;
        int questions;
        boolean solr;
        try {
            flags = flags(args);
            if (flags.containsKey("help")) {
                stdout.print(usage());
                return 0;
            }
            if (flags.containsKey("eval") == flags.containsKey("articles")) {
                throw new IllegalArgumentException("give either --eval DIR or --articles DIR");
            }
            copies = positive(flags, "copies", flags.containsKey("eval") ? 5 : 1);
            questions = positive(flags, "questions", 500);
            solr = yesOrNo(flags, "solr", flags.containsKey("eval"));
            Path folder = Path.of(flags.getOrDefault("eval", flags.get("articles")));
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(folder + " is not a folder");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("coverage-bench: " + e.getMessage());
            System.err.print(usage());
            return 2;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("coverage-bench");
            String command = "java " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(option -> option.startsWith("-Xm")).toList())
                    + " -jar bench/target/coverage-bench.jar " + String.join(" ", args);
            BenchmarkRun run = new BenchmarkRun(stdout, System.err);
            if (flags.containsKey("eval")) {
                run.all(Path.of(flags.get("eval")), work, copies, questions, solr, command);
            } else {
                run.speed(Path.of(flags.get("articles")), work, copies, questions, solr, command);
            }
            return 0;
        } catch (Exception e) {
            log.debug("The benchmark failed", e);
            System.err.println("coverage-bench: the benchmark failed: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(work);
        }
    }

    static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                flags.put("help", "");
                continue;
            }
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name == null || !FLAGS.contains(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            flags.put(name, args[++i]);
        }
        return flags;
    }

    private static int positive(Map<String, String> flags, String name, int fallback) {
        String value = flags.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number of at least 1, was '" + value + "'");
    }

    private static boolean yesOrNo(Map<String, String> flags, String name, boolean fallback) {
        String value = flags.get(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("--" + name + " must be yes or no, was '" + value + "'");
        };
    }

    static String usage() {
        return """
                usage: java -Xmx2g -jar bench/target/coverage-bench.jar --eval DIR [--copies N] [--questions N]
                       java -jar bench/target/coverage-bench.jar --articles DIR [--copies N] [--questions N]
                  --eval DIR      the published benchmark: quality on DIR's question sets against two baselines,
                                  speed on DIR/bbc alone and in N copies (default 5); Markdown on stdout
                  --articles DIR  speed only, on any article folder (a temporary index; N copies, default 1)
                  --questions N   questions timed for latency (default 500)
                  --solr yes|no   the same speed measures with the coverage in a two-node SolrCloud started in
                                  this process (default yes with --eval, at N copies; no with --articles)
                """;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", folder);
        }
    }
}
