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
  public static final String DEFAULT_WINDOW = "10m";
  public static final String DEFAULT_ADVANCE = "1m";
  public static final String DEFAULT_GRACE = "2m";
  public static final String DEFAULT_BASELINE_HORIZON = "6h";
  public static final double DEFAULT_FACTOR = 3.0;
  public static final long DEFAULT_MIN_MENTIONS = 10;
  public static final double DEFAULT_MIN_BASELINE = 1.0;

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
    return new SpikeSettings(Durations.parse(DEFAULT_WINDOW), Durations.parse(DEFAULT_ADVANCE),
        Durations.parse(DEFAULT_GRACE), Durations.parse(DEFAULT_BASELINE_HORIZON), DEFAULT_FACTOR,
        DEFAULT_MIN_MENTIONS, DEFAULT_MIN_BASELINE);
  }

  /** Windows the baseline averages over: the horizon in non-overlapping windows. */
  public long baselineWindows() {
    return baselineHorizon.toMillis() / window.toMillis();
  }
}
