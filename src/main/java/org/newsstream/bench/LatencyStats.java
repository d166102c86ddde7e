package org.newsstream.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies in milliseconds (nearest-rank). Pure. */
public final class LatencyStats {
  private final long[] sorted;

  public LatencyStats(long[] millis) {
    this.sorted = millis.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The p-th percentile, p in (0, 100], by nearest rank; 0 when there are no samples. */
  public long percentile(double p) {
    if (sorted.length == 0) {
      return 0;
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  public long max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }
}
