package org.coveragebot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny smoke run of {@code bench} over the sample articles: every measure is reported. */
class SpeedBenchmarkTest {

    @Test
    void should_report_every_measure(@TempDir Path work) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpeedBenchmark(new PrintStream(out, true, StandardCharsets.UTF_8)).run(Path.of("..", "articles"), work, 2, 20);
        String table = out.toString(StandardCharsets.UTF_8);
        for (String measure : new String[] {"full index build (2 copies)", "4 added", "cold start to first answer",
                "nothing-changed update | 0.", "answer latency, 20 questions", "answers per second", "peak heap", "peak RSS"}) {
            assertTrue(table.contains(measure), measure + " in\n" + table);
        }
    }
}
