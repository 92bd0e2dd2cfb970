package org.coveragebot.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Makes update handling survive restarts without holding Telegram's long poll back: every update
 * received is confirmed to Telegram at the next poll, and kept here (in a file) until it is handled. After
 * a crash the updates received but not handled are handled from here, and so, at the bot's next look, is
 * one whose reply could not be delivered; an update that Telegram sends again after a restart, because
 * the confirming poll never reached it, is recognised by its id and not answered twice.
 */
public final class UpdateLedger implements UpdateClaims {

    private static final Logger log = LoggerFactory.getLogger(UpdateLedger.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    /** Received, not yet handled: the update itself, so that it can be handled after a restart. */
    private final Map<Integer, String> pending = new LinkedHashMap<>();
    /** Handled, and perhaps not yet confirmed to Telegram. */
    private final TreeSet<Integer> handled = new TreeSet<>();
    /** Pending ones this process is handling now. */
    private final java.util.Set<Integer> inHand = new java.util.HashSet<>();
    private int confirmed;

    /** A ledger kept in {@code file} (created when missing). */
    public UpdateLedger(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                var stored = json.readTree(file.toFile());
                stored.path("handled").forEach(id -> handled.add(id.asInt()));
                stored.path("pending").forEach(update -> pending.put(update.path("update_id").asInt(), update.toString()));
            }
        } catch (IOException e) {
            log.warn("Update ledger {} is unreadable ({}); starting a new one", file, e.getMessage());
            handled.clear();
            pending.clear();
        }
    }

    @Override
    public synchronized boolean accept(Update update) {
        int id = update.getUpdateId();
        if (handled.contains(id) || pending.containsKey(id)) {
            return false;
        }
        try {
            pending.put(id, json.writeValueAsString(update));
            inHand.add(id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an update always serialises", e);
        }
        save();
        return true;
    }

    @Override
    public synchronized void handled(int updateId) {
        pending.remove(updateId);
        inHand.remove(updateId);
        handled.add(updateId);
        save();
    }

    /** It stays pending and is handled again at the bot's next look, or after a restart. */
    @Override
    public synchronized void abandoned(int updateId) {
        inHand.remove(updateId);
        log.warn("Update {} could not be answered; it is kept and tried again", updateId);
    }

    /** The updates pending and not in hand (received before a restart, or abandoned), oldest first. */
    @Override
    public synchronized List<Update> overdue() {
        List<Update> updates = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : pending.entrySet()) {
            if (!inHand.add(entry.getKey())) {
                continue;
            }
            String stored = entry.getValue();
            try {
                updates.add(json.readValue(stored, Update.class));
            } catch (JsonProcessingException e) {
                log.warn("A kept update cannot be read back ({}); it is dropped", e.getOriginalMessage());
            }
        }
        return updates;
    }

    /**
     * Forgets the ids Telegram will not send again (below the offset of the last poll, which confirmed
     * them) and returns {@code next}: the poll always confirms everything received.
     */
    synchronized int offset(int next) {
        if (!handled.isEmpty() && handled.first() < confirmed) {
            handled.headSet(confirmed).clear();
            save();
        }
        confirmed = next;
        return next;
    }

    private void save() {
        ObjectNode state = json.createObjectNode();
        ArrayNode ids = state.putArray("handled");
        handled.forEach(ids::add);
        ArrayNode updates = state.putArray("pending");
        try {
            for (String update : pending.values()) {
                updates.add(json.readTree(update));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, json.writeValueAsBytes(state));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write update ledger " + file, e);
        }
    }
}
