package org.coveragebot.bot.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.CoverageSummary;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What only admins may do, whatever the chat interface: reload the coverage, add an article file, see
 * statistics. Each returns what to tell the admin; who may do it is {@link #isAdmin}.
 */
public final class AdminCommands {

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    public static final String REFUSED = "Only the bot's admins can change or inspect the coverage.";
    /** Skipped files named in a reload report; the log has them all. */
    static final int SKIPPED_SHOWN = 15;

    private final Set<Long> admins;
    private final Coverage coverage;
    private final CoverageReloads reloads;
    private final AnswerStats stats;

    public AdminCommands(Set<Long> admins, Coverage coverage, CoverageReloads reloads, AnswerStats stats) {
        this.admins = Set.copyOf(admins);
        this.coverage = coverage;
        this.reloads = reloads;
        this.stats = stats;
    }

    public boolean isAdmin(Long userId) {
        return userId != null && admins.contains(userId);
    }

    /** Starts a reload asked for by {@code by} (or joins the one running); completes with the report to show. */
    public CompletableFuture<String> reload(String by, IndexProgress progress) {
        return reloads.request(by, progress).thenApply(AdminCommands::describe);
    }

    /** Where a file an admin sends is saved, and what went wrong if it was not. */
    public record Upload(Optional<Path> saved, String message) {
    }

    /**
     * Saves an uploaded article under {@code uploads/} of the article folder: a plain name, never
     * overwriting, at most {@link #MAX_UPLOAD_BYTES}. {@code download} fetches at most that many bytes.
     */
    public Upload save(Long userId, String fileName, Long declaredBytes, LongFunction<Optional<byte[]>> download) {
        Path folder = coverage.articleFolder().resolve("uploads");
        Optional<Path> target = UploadName.place(folder, fileName);
        if (target.isEmpty()) {
            return new Upload(Optional.empty(), "I can only add .txt, .md, .html or .jsonl files with a plain name; \u201c"
                    + fileName + "\u201d is not one.");
        }
        if (declaredBytes != null && declaredBytes > MAX_UPLOAD_BYTES) {
            return new Upload(Optional.empty(), "That file is too large (" + declaredBytes + " bytes; at most "
                    + MAX_UPLOAD_BYTES + ").");
        }
        Optional<byte[]> bytes = download.apply(MAX_UPLOAD_BYTES);
        if (bytes.isEmpty()) {
            return new Upload(Optional.empty(), "I could not fetch that file (too large, or Telegram did not hand it over). "
                    + "Nothing was added.");
        }
        try {
            Files.createDirectories(folder);
            Files.write(target.get(), bytes.get(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            log.error("Saving upload {} failed", target.get(), e);
            return new Upload(Optional.empty(), "Saving the file failed: " + e.getMessage());
        }
        String saved = coverage.articleFolder().relativize(target.get()).toString();
        log.info("Admin {} uploaded {}", userId, saved);
        String renamed = target.get().getFileName().toString().equals(fileName) ? ""
                : " (a file of that name exists, so this one is " + target.get().getFileName() + ")";
        return new Upload(Optional.of(target.get()), "Saved as " + saved + renamed + ". Reloading the coverage\u2026");
    }

    static String describe(ReloadOutcome outcome) {
        if (!outcome.succeeded()) {
            return "The reload failed: " + outcome.failure() + "\nThe previous articles keep serving.";
        }
        IndexUpdateReport report = outcome.report();
        StringBuilder text = new StringBuilder(String.format("Reloaded in %.1f s: %d added, %d changed, %d removed, %d unchanged"
                        + " (%d articles).", report.duration().toMillis() / 1000.0, report.added(), report.changed(),
                report.removed(), report.unchanged(), report.articles()));
        if (!report.skipped().isEmpty()) {
            text.append("\nSkipped ").append(report.skipped().size()).append(':');
            report.skipped().stream().limit(SKIPPED_SHOWN).forEach(skip -> text.append("\n\u2022 ").append(skip));
            if (report.skipped().size() > SKIPPED_SHOWN) {
                text.append("\n\u2026 and ").append(report.skipped().size() - SKIPPED_SHOWN).append(" more (see the log)");
            }
        }
        return text.toString();
    }

    /** "3.4 MiB", "812 KiB": a small index is not "0 MiB". */
    static String readable(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KiB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** Articles, passages, outlets, dates, index size, the last reload and answer latencies. */
    public String stats() {
        CoverageSummary summary = coverage.summary();
        StringBuilder text = new StringBuilder("Coverage: ").append(summary.articles()).append(" articles, ")
                .append(summary.passages()).append(" passages, ").append(summary.outlets().size()).append(" outlets");
        summary.earliest().ifPresent(from -> text.append(", ").append(from).append(" to ").append(summary.latest().orElseThrow()));
        try {
            java.util.OptionalLong size = coverage.indexSizeBytes();
            text.append("\nIndex on disk: ").append(size.isPresent() ? readable(size.getAsLong()) : "none yet")
                    .append(" (").append(coverage.storeDescription()).append(')');
        } catch (IOException e) {
            text.append("\nIndex on disk: unknown (").append(e.getMessage()).append(')');
        }
        text.append("\nLast reload: ").append(reloads.last().map(last -> last.at() + " by " + last.by() + ": "
                + (last.succeeded() ? "ok, " + last.report().articles() + " articles" : "failed, " + last.failure()))
                .orElse("none since start"));
        text.append(String.format("%nQuestions answered: %d; latency p50 %.0f ms, p99 %.0f ms", stats.questions(),
                stats.latencyMillis(50), stats.latencyMillis(99)));
        return text.toString();
    }
}
