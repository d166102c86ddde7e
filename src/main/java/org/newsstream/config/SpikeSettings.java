package org.newsstream.config;

import java.time.Duration;

/**
 * When a burst of mentions of one entity is a spike.
 *
 * @param window length of the hopping windows mentions are counted in
 * @param advance how far each window starts after the previous one
 * @param grace how late a paragraph may arrive and still count in its window
 * @param baselineHorizon how much history the baseline averages over
 * @param factor a window is a spike at {@code factor} times the baseline or more
 * @param minMentions and at least this many mentions
 * @param minBaseline the baseline is never taken as lower than this, so an entity with no history
 *     (or a freshly started application) does not spike on a handful of mentions
 */
public record SpikeSettings(Duration window, Duration advance, Duration grace,
    Duration baselineHorizon, double factor, long minMentions, double minBaseline) {

  public SpikeSettings {
    if (window.isNegative() || window.isZero() || advance.isNegative() || advance.isZero()
        || window.toMillis() % advance.toMillis() != 0) {
      throw new IllegalArgumentException("spike window " + window
          + " must be a positive multiple of its advance " + advance);
    }
    if (baselineHorizon.compareTo(window) < 0 || baselineHorizon.toMillis() % window.toMillis() != 0) {
      throw new IllegalArgumentException("spike baseline horizon " + baselineHorizon
          + " must be a multiple of the window " + window);
    }
    if (grace.isNegative() || factor <= 1 || minMentions < 1 || minBaseline <= 0) {
      throw new IllegalArgumentException(
          "spike grace must be >= 0, factor > 1, minMentions >= 1 and minBaseline > 0");
    }
  }

  /** 10-minute windows advancing each minute, 2 min grace, 3× a 6-hour baseline and 10 mentions. */
  public static SpikeSettings defaults() {
    return new SpikeSettings(Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(2),
        Duration.ofHours(6), 3.0, 10, 1.0);
  }

  /** Windows the baseline averages over: the horizon in non-overlapping windows. */
  public long baselineWindows() {
    return baselineHorizon.toMillis() / window.toMillis();
  }
}
