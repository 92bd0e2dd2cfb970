package org.coveragebot.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes update handling survive restarts: an update is confirmed to Telegram (by the {@code offset}
 * of the next {@code getUpdates}) only once it is handled, so one that was received but not answered
 * comes again after a crash; and the ids handled but not yet confirmed are kept in a file, so one
 * that comes again after a restart is not answered twice.
 */
final class UpdateLedger {

    private static final Logger log = LoggerFactory.getLogger(UpdateLedger.class);

    private final Path file;
    private final TreeSet<Integer> inFlight = new TreeSet<>();
    private final TreeSet<Integer> handled = new TreeSet<>();
    private int previousOffset;

    /** A ledger kept in {@code file} (created when missing). */
    UpdateLedger(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        handled.add(Integer.parseInt(line.strip()));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Update ledger {} is unreadable ({}); starting a new one", file, e.getMessage());
            handled.clear();
        }
    }

    /** Registers a received update; false when it was handled before (it comes again after a restart). */
    synchronized boolean accept(int updateId) {
        if (handled.contains(updateId)) {
            return false;
        }
        inFlight.add(updateId);
        return true;
    }

    /** The update is answered (or can never be): it may be confirmed. */
    synchronized void handled(int updateId) {
        inFlight.remove(updateId);
        handled.add(updateId);
        save();
    }

    /** The update could not be answered now: leave it unconfirmed so that Telegram sends it again after a restart. */
    synchronized void abandoned(int updateId) {
        log.warn("Update {} could not be answered; it stays unconfirmed and is retried after a restart", updateId);
    }

    /** The offset to poll with: never past an update still being handled. */
    synchronized int offset(int next) {
        int offset = inFlight.isEmpty() ? next : Math.min(next, inFlight.first());
        if (!handled.isEmpty() && handled.first() < previousOffset) {
            handled.headSet(previousOffset).clear(); // confirmed by the previous poll: Telegram will not send them again
            save();
        }
        previousOffset = offset;
        return offset;
    }

    private void save() {
        List<String> lines = new ArrayList<>();
        for (int id : handled) {
            lines.add(Integer.toString(id));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write update ledger " + file, e);
        }
    }
}
