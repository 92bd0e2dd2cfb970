package org.coveragebot.retrieval.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.MiniLmEmbedder;

/**
 * The test fixture shared by every test of a JVM: the real embedding model, loaded once, and the sample
 * articles indexed once into a temporary folder. Tests that change articles open their own coverage with
 * {@link #open}, over the same model.
 */
public final class TestCoverage {

    /** The sample article folder at the top of the checkout. */
    public static final Path SAMPLE = locate("articles");
    public static final String AP = "zelenskyy-bakhmut-only-in-our-hearts-ap.txt";
    public static final String G7 = "zelensky-g7-bakhmut-biden-aid.txt";

    private static MiniLmEmbedder model;
    private static Coverage sample;

    private TestCoverage() {
    }

    /** The embedding model, loaded (and its first text embedded) before it is handed out. */
    public static synchronized MiniLmEmbedder model() {
        if (model == null) {
            model = new MiniLmEmbedder();
            model.embed("warm up");
            Runtime.getRuntime().addShutdownHook(new Thread(model::close, "close-test-model"));
        }
        return model;
    }

    /** The sample articles, indexed once; shared, so never reload or change it. */
    public static synchronized Coverage sample() {
        if (sample == null) {
            sample = open(SAMPLE);
        }
        return sample;
    }

    /** A coverage of {@code folder} in a new temporary index, over the shared model; the caller closes it. */
    public static Coverage open(Path folder) {
        try {
            return Coverage.open(folder, temporaryFolder("coverage-test-index"), model(), IndexProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder that is deleted when the JVM exits. */
    public static Path temporaryFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "delete-" + prefix));
        return folder;
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }

    /** {@code name} at the top of the checkout, whichever module's folder the tests run in. */
    private static Path locate(String name) {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(name)) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("retrieval"))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalStateException("no " + name + " folder above " + here);
    }
}
