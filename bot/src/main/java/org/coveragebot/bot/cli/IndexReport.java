package org.coveragebot.bot.cli;

import java.nio.file.Path;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.ingest.SkippedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an index update did, said once: printed by {@code index}, logged by the other commands. */
public final class IndexReport {

    private static final Logger log = LoggerFactory.getLogger(IndexReport.class);

    private IndexReport() {
    }

    /** The report, then each skipped file with its reason, a line each. */
    public static String text(IndexUpdateReport report) {
        StringBuilder text = new StringBuilder(report.toString()).append('\n');
        for (SkippedFile skipped : report.skipped()) {
            text.append("skipped ").append(skipped).append('\n');
        }
        return text.toString();
    }

    public static void log(Path folder, IndexUpdateReport report) {
        log.info("Coverage of {}: {}", folder, report);
        for (SkippedFile skipped : report.skipped()) {
            log.warn("Skipped {}", skipped);
        }
    }
}
