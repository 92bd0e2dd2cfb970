package org.coveragebot.bot.admin;

import java.util.Arrays;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.Ask;

/**
 * Counts answered questions and keeps the latencies of the most recent ones for p50/p99: a decorator
 * around the answerer, so every interface is measured the same way.
 */
public final class AnswerStats implements Answerer {

    private static final int WINDOW = 10_000;

    private final Answerer answerer;
    private final long[] latenciesMicros = new long[WINDOW];
    private long questions;

    public AnswerStats(Answerer answerer) {
        this.answerer = answerer;
    }

    @Override
    public Answer answer(Ask ask) {
        long started = System.nanoTime();
        Answer answer = answerer.answer(ask);
        record((System.nanoTime() - started) / 1_000);
        return answer;
    }

    private synchronized void record(long micros) {
        latenciesMicros[(int) (questions % WINDOW)] = micros;
        questions++;
    }

    public synchronized long questions() {
        return questions;
    }

    /** The {@code percentile} (0–100) latency in milliseconds over the recent window, 0 with no questions. */
    public synchronized double latencyMillis(double percentile) {
        int n = (int) Math.min(questions, WINDOW);
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(latenciesMicros, n);
        Arrays.sort(sorted);
        int index = (int) Math.min(n - 1, Math.round(percentile / 100 * (n - 1)));
        return sorted[index] / 1000.0;
    }
}
