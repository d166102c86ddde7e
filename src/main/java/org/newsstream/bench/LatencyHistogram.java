package org.newsstream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Latencies counted into fixed millisecond buckets, printed one line per bucket. Pure. */
public final class LatencyHistogram {
  static final long[] UPPER_BOUNDS = {25, 50, 100, 150, 250, 500, 1_000, 2_500, 5_000, 10_000};
  private final long[] counts = new long[UPPER_BOUNDS.length + 1];
  private long total;

  public LatencyHistogram(long[] millis) {
    for (long latency : millis) {
      int bucket = 0;
      while (bucket < UPPER_BOUNDS.length && latency >= UPPER_BOUNDS[bucket]) {
        bucket++;
      }
      counts[bucket]++;
      total++;
    }
  }

  /** How many latencies fell in bucket {@code i}: below {@code UPPER_BOUNDS[i]}, at or above the previous. */
  long count(int bucket) {
    return counts[bucket];
  }

  /** Non-empty buckets, e.g. {@code "  100–150 ms   412  13.7 %  ########"}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      String range = i == 0 ? "< " + UPPER_BOUNDS[0]
          : i == UPPER_BOUNDS.length ? "≥ " + UPPER_BOUNDS[i - 1]
          : UPPER_BOUNDS[i - 1] + "–" + UPPER_BOUNDS[i];
      double share = 100.0 * counts[i] / total;
      lines.add(String.format(Locale.ROOT, "  %13s ms %7d %5.1f %%  %s", range, counts[i], share,
          "#".repeat((int) Math.round(share / 2))));
    }
    return lines;
  }
}
