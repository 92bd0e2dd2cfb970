package org.coveragebot.bot.cli;

import java.io.PrintStream;
import org.coveragebot.retrieval.index.IndexProgress;

/** Shows index build progress on stderr, about every 5 %, so stdout stays clean for answers. */
public final class StderrProgress implements IndexProgress {

    private final PrintStream err;
    private int lastShown = -1;

    public StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void articlesIndexed(int done, int total) {
        int percent = total == 0 ? 100 : done * 100 / total;
        if (percent / 5 != lastShown / 5 || done == total) {
            lastShown = percent;
            err.printf("Indexing: %d/%d new or changed articles (%d%%)%n", done, total, percent);
        }
    }
}
