package org.coveragebot.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandsTest {

    @Test
    void should_tell_how_big_the_index_is_even_when_small(@TempDir Path index) throws Exception {
        try (Coverage coverage = Coverage.open(TestCoverage.SAMPLE, index, TestCoverage.model(), IndexProgress.SILENT);
             CoverageReloads reloads = new CoverageReloads(coverage, Clock.systemUTC())) {
            Answerer none = ask -> {
                throw new AssertionError("not asked");
            };
            String stats = new AdminCommands(Set.of(), coverage, reloads, new AnswerStats(none)).stats();
            assertTrue(stats.matches("(?s).*Index on disk: [1-9]\\d* KiB.*"), stats);
        }
    }

    @Test
    void should_write_sizes_a_reader_can_take_in() {
        assertEquals("1 KiB", AdminCommands.readable(10));
        assertEquals("812 KiB", AdminCommands.readable(812 * 1024));
        assertEquals("3.5 MiB", AdminCommands.readable(3_670_016));
    }
}
