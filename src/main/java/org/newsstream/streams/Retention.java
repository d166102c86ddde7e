package org.newsstream.streams;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.ProcessingContext;

/** How the stores kept for a retention forget: by the task's stream time, swept now and then. */
final class Retention {
  private Retention() {}

  /**
   * Entries older than this (the task's stream time less the retention) are neither read nor
   * kept: stream time, not the wall clock, so a replay after a crash decides the same.
   */
  static long oldestKept(ProcessingContext context, Duration retention) {
    long streamTime = context.currentStreamTimeMs();
    long millis = retention.toMillis();
    return streamTime < Long.MIN_VALUE + millis ? Long.MIN_VALUE : streamTime - millis + 1;
  }

  /** How often to sweep a store of what it no longer needs: a 24th of the retention, at most 1 h. */
  static Duration sweepEvery(Duration retention) {
    Duration every = retention.dividedBy(24).compareTo(Duration.ofHours(1)) < 0
        ? retention.dividedBy(24) : Duration.ofHours(1);
    return every.isZero() ? Duration.ofMillis(1) : every;
  }
}
