package org.coveragebot.bot.admin;

import java.time.Instant;
import java.util.Objects;
import org.coveragebot.retrieval.index.IndexUpdateReport;

/** How a reload ended: when, asked by whom, and its report or the reason it failed (exactly one of them). */
public record ReloadOutcome(Instant at, String by, IndexUpdateReport report, String failure) {

    public ReloadOutcome {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if ((report == null) == (failure == null)) {
            throw new IllegalArgumentException("a reload outcome has either a report or a failure");
        }
    }

    public boolean succeeded() {
        return report != null;
    }
}
