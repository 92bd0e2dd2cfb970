package org.coveragebot.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.coveragebot.bot.admin.AnswerStats;
import org.coveragebot.bot.admin.CoverageReloads;
import org.coveragebot.bot.admin.ReloadOutcome;
import org.coveragebot.bot.admin.UploadName;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.CoverageSummary;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What only admins may do: {@code /reload} (with a status message edited as it progresses),
 * {@code /stats}, and uploading articles as documents. Anyone else is refused politely, and the
 * attempt is logged with the user id.
 */
final class AdminDesk {

    private static final Logger log = LoggerFactory.getLogger(AdminDesk.class);
    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    static final String REFUSED = "Only the bot's admins can change or inspect the coverage.";
    private static final long PROGRESS_EVERY_MS = 3_000;

    private final Set<Long> admins;
    private final Coverage coverage;
    private final CoverageReloads reloads;
    private final AnswerStats stats;
    private final Messenger messenger;

    AdminDesk(Set<Long> admins, Coverage coverage, CoverageReloads reloads, AnswerStats stats, Messenger messenger) {
        this.admins = Set.copyOf(admins);
        this.coverage = coverage;
        this.reloads = reloads;
        this.stats = stats;
        this.messenger = messenger;
    }

    boolean isAdmin(Message message) {
        return message.getFrom() != null && admins.contains(message.getFrom().getId());
    }

    /** True when the command is an admin one (handled here, whoever sent it). */
    static boolean handles(String command) {
        return command.equals("/reload") || command.equals("/stats");
    }

    boolean command(Message message, String command) {
        if (!isAdmin(message)) {
            return refuse(message, command);
        }
        return command.equals("/reload") ? reload(message, "/reload") : stats(message);
    }

    boolean upload(Message message) {
        Document document = message.getDocument();
        if (!isAdmin(message)) {
            return refuse(message, "upload");
        }
        Path folder = coverage.articleFolder().resolve("uploads");
        Optional<Path> target = UploadName.place(folder, document.getFileName());
        if (target.isEmpty()) {
            return say(message, "I can only add .txt, .md, .html or .jsonl files with a plain name; \u201c"
                    + document.getFileName() + "\u201d is not one.");
        }
        if (document.getFileSize() != null && document.getFileSize() > MAX_UPLOAD_BYTES) {
            return say(message, "That file is too large (" + document.getFileSize() + " bytes; at most " + MAX_UPLOAD_BYTES + ").");
        }
        Optional<byte[]> bytes = messenger.download(document.getFileId(), MAX_UPLOAD_BYTES);
        if (bytes.isEmpty()) {
            return say(message, "I could not fetch that file (too large, or Telegram did not hand it over). Nothing was added.");
        }
        try {
            Files.createDirectories(folder);
            Files.write(target.get(), bytes.get(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            log.error("Saving upload {} failed", target.get(), e);
            return say(message, "Saving the file failed: " + e.getMessage());
        }
        String saved = coverage.articleFolder().relativize(target.get()).toString();
        log.info("Admin {} uploaded {}", message.getFrom().getId(), saved);
        String renamed = target.get().getFileName().toString().equals(document.getFileName()) ? ""
                : " (a file of that name exists, so this one is " + target.get().getFileName() + ")";
        say(message, "Saved as " + saved + renamed + ". Reloading the coverage\u2026");
        return reload(message, "upload " + saved);
    }

    private boolean reload(Message message, String what) {
        long chatId = message.getChatId();
        Optional<Integer> status = messenger.sendStatus(chatId, message.getMessageId(), "Reloading the coverage\u2026");
        long[] lastEdit = {System.currentTimeMillis()};
        IndexProgress progress = (done, total) -> {
            long now = System.currentTimeMillis();
            if (status.isPresent() && now - lastEdit[0] >= PROGRESS_EVERY_MS) {
                lastEdit[0] = now;
                messenger.edit(chatId, status.get(), "Reloading: " + done + " of " + total + " new or changed articles indexed\u2026");
            }
        };
        String by = "user " + message.getFrom().getId() + " (" + what + ")";
        CompletableFuture<ReloadOutcome> outcome = reloads.request(by, progress);
        outcome.thenAccept(done -> {
            String report = describe(done);
            if (status.isPresent()) {
                messenger.edit(chatId, status.get(), report);
            } else {
                messenger.send(Reply.text(chatId, message.getMessageId(), report));
            }
        });
        return true;
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
            report.skipped().stream().limit(15).forEach(skip -> text.append("\n\u2022 ").append(skip));
            if (report.skipped().size() > 15) {
                text.append("\n\u2026 and ").append(report.skipped().size() - 15).append(" more (see the log)");
            }
        }
        return text.toString();
    }

    private boolean stats(Message message) {
        CoverageSummary summary = coverage.summary();
        StringBuilder text = new StringBuilder("Coverage: ").append(summary.articles()).append(" articles, ")
                .append(summary.passages()).append(" passages, ").append(summary.outlets().size()).append(" outlets");
        summary.earliest().ifPresent(from -> text.append(", ").append(from).append(" to ").append(summary.latest().orElseThrow()));
        try {
            text.append("\nIndex on disk: ").append(coverage.indexSizeBytes() / (1024 * 1024)).append(" MiB");
        } catch (IOException e) {
            text.append("\nIndex on disk: unknown (").append(e.getMessage()).append(')');
        }
        text.append("\nLast reload: ").append(reloads.last().map(last -> last.at() + " by " + last.by() + ": "
                + (last.succeeded() ? "ok, " + last.report().articles() + " articles" : "failed, " + last.failure()))
                .orElse("none since start"));
        text.append(String.format("%nQuestions answered: %d; latency p50 %.0f ms, p99 %.0f ms", stats.questions(),
                stats.latencyMillis(50), stats.latencyMillis(99)));
        return say(message, text.toString());
    }

    private boolean refuse(Message message, String what) {
        log.warn("Refused {} from non-admin user {} in chat {}", what,
                message.getFrom() == null ? null : message.getFrom().getId(), message.getChatId());
        return say(message, REFUSED);
    }

    private boolean say(Message message, String text) {
        return messenger.send(Reply.text(message.getChatId(), message.getMessageId(), text));
    }
}
