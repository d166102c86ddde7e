package org.newsstream.chaos;

import java.util.List;

/**
 * What a chaos run measured. Recovery is the time from a restart until the first new record is
 * committed on news.enriched or news.deadletter: JVM start, broker start, models, rebalance and
 * whatever waits for the killed process's transactions, all included.
 */
public record ChaosReport(String recoveryMeaning, int published, int kills, List<Long> recoveryMillis,
    long cleanStopMillis, long cleanRestartMillis, ChaosVerdict verdict, int startFailures) {

  public long recoveryP50() {
    return percentile(0.5);
  }

  public long recoveryMax() {
    return recoveryMillis.stream().mapToLong(Long::longValue).max().orElse(-1);
  }

  private long percentile(double p) {
    if (recoveryMillis.isEmpty()) {
      return -1;
    }
    List<Long> sorted = recoveryMillis.stream().sorted().toList();
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
  }

  public List<String> lines() {
    ChaosVerdict v = verdict;
    return List.of(
        "published " + published + " paragraphs; kills survived: " + (kills - startFailures)
            + " of " + kills,
        recoveryMeaning + ": p50 "
            + seconds(recoveryP50()) + ", max " + seconds(recoveryMax()) + " " + recoveryMillis
            + " ms",
        cleanRestartMillis >= 0 ? "clean stop (SIGTERM) " + seconds(cleanStopMillis)
            + ", clean restart → first new output " + seconds(cleanRestartMillis) : "clean restart not measured",
        "records lost " + v.lost() + ", duplicated " + v.duplicated() + ", unexpected "
            + v.unexpected() + "; duplicate alert ids " + v.duplicateAlerts(),
        v.comparedWithBaseline() ? "alerts vs a run without kills: " + v.missingAlerts().size()
            + " missing, " + v.extraAlerts().size() + " extra" : "alerts not compared (--no-baseline)",
        v.exact() ? "EXACT" : "NOT EXACT");
  }

  private static String seconds(long millis) {
    return millis < 0 ? "n/a" : String.format("%.1f s", millis / 1000.0);
  }
}
