package org.newsstream.config;

import java.time.Duration;

/**
 * How syndicated duplicates are found.
 *
 * @param window a paragraph is a duplicate of one seen within this much event time of it
 */
public record DedupSettings(Duration window) {
  public static final String DEFAULT_WINDOW = "24h";

  public DedupSettings {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("dedup window must be positive (got " + window + ")");
    }
  }

  public static DedupSettings defaults() {
    return new DedupSettings(Durations.parse(DEFAULT_WINDOW));
  }

  /** Stores keep entries for twice the window, so a late paragraph still meets its original. */
  public Duration retention() {
    return window.multipliedBy(2);
  }
}
