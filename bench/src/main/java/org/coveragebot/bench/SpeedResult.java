package org.coveragebot.bench;

/**
 * One speed run.
 *
 * @param copies            how many copies of the folder were indexed together
 * @param buildSeconds      full index build (reading, splitting, embedding, writing)
 * @param coldStartSeconds  a new JVM's {@code ask --json}: model load, index open, nothing-changed update, first
 *                          answer; the median of {@link SpeedBenchmark#COLD_STARTS} runs
 * @param slowestColdStartSeconds the slowest of those runs
 * @param reloadSeconds     a nothing-changed reload in a running process
 * @param questions         questions timed, one asker
 */
record SpeedResult(String folder, int copies, int articles, int sentences, double buildSeconds, double coldStartSeconds,
                   double slowestColdStartSeconds,
                   double reloadSeconds, int questions, double p50Ms, double p99Ms, double maxMs, double answersPerSecond) {
}
