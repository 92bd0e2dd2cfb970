package org.coveragebot.bot.telegram;

import java.util.LinkedHashSet;
import java.util.Iterator;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The ids of the last updates this process received, in memory: claims that hold for this replica only. */
public final class RecentUpdates implements UpdateClaims {

    static final int KEPT = 100_000;

    private final LinkedHashSet<Integer> ids = new LinkedHashSet<>();

    @Override
    public synchronized boolean accept(Update update) {
        if (!ids.add(update.getUpdateId())) {
            return false;
        }
        Iterator<Integer> oldest = ids.iterator();
        while (ids.size() > KEPT) {
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    @Override
    public void handled(int updateId) {
        // kept until it is among the oldest
    }

    @Override
    public synchronized void abandoned(int updateId) {
        ids.remove(updateId);
    }

    /** Only ids are kept here, not updates: nothing to hand back. */
    @Override
    public java.util.List<Update> overdue() {
        return java.util.List.of();
    }
}
