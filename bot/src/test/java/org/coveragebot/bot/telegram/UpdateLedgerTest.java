package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateLedgerTest {

    private static Update update(int id) {
        Update update = new Update();
        update.setUpdateId(id);
        return update;
    }

    private static List<Integer> ids(List<Update> updates) {
        return updates.stream().map(Update::getUpdateId).toList();
    }

    @Test
    void should_hand_back_what_was_not_answered_before_a_restart_or_for_now_and_nothing_in_hand() {
        Path file = dirFile();
        UpdateLedger ledger = new UpdateLedger(file);
        ledger.accept(update(1));
        ledger.accept(update(2));
        ledger.accept(update(3));
        assertEquals(List.of(), ledger.overdue(), "all three are being handled");
        ledger.handled(1);
        ledger.abandoned(2);
        assertEquals(List.of(2), ids(ledger.overdue()), "the abandoned one is tried again");
        assertEquals(List.of(), ledger.overdue(), "once at a time");

        UpdateLedger restarted = new UpdateLedger(file); // the process stopped with 2 and 3 unanswered
        assertEquals(List.of(2, 3), ids(restarted.overdue()));
        assertFalse(restarted.accept(update(1)), "an answered one is not answered again");
    }

    @TempDir
    Path dir;

    private Path dirFile() {
        return dir.resolve("ledger");
    }
}
