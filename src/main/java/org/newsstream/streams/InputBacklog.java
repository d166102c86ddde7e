package org.newsstream.streams;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether this instance is working through a backlog of article input: how many paragraphs wait
 * past what its tasks last committed, as {@link ParagraphsAhead} last saw it.
 *
 * <p>With a hysteresis, so that a pipeline working near its capacity does not flip between the
 * two ways of committing on every look: it is behind from {@code enterAt} records and stays so
 * until it is down to {@code leaveAt}. A look older than {@code staleAfter} counts as caught up
 * (the reader failed or stopped), since prompt commits are the safe side: they cost throughput,
 * never latency.
 */
final class InputBacklog {
  /** About a second of a burst's work, and ten seconds' at a moderate steady rate. */
  static final long ENTER_AT = 1000;
  static final long LEAVE_AT = 250;
  static final Duration STALE_AFTER = Duration.ofSeconds(2);

  private final long enterAt;
  private final long leaveAt;
  private final long staleAfterNanos;
  private volatile boolean behind;
  private volatile long seenAt = Long.MIN_VALUE;
  private final AtomicLong begun = new AtomicLong();

  InputBacklog(long enterAt, long leaveAt, Duration staleAfter) {
    if (leaveAt < 0 || enterAt <= leaveAt) {
      throw new IllegalArgumentException("need 0 <= leaveAt < enterAt");
    }
    this.enterAt = enterAt;
    this.leaveAt = leaveAt;
    this.staleAfterNanos = staleAfter.toNanos();
  }

  static InputBacklog defaults() {
    return new InputBacklog(ENTER_AT, LEAVE_AT, STALE_AFTER);
  }

  /**
   * @param waiting records past the last commit, summed over this instance's input partitions
   * @return whether this look began or ended a backlog
   */
  boolean observed(long waiting, long nanoTime) {
    boolean was = behind;
    if (waiting >= enterAt) {
      behind = true;
    } else if (waiting <= leaveAt) {
      behind = false;
    }
    seenAt = nanoTime;
    if (behind && !was) {
      begun.incrementAndGet();
    }
    return behind != was;
  }

  /** Backlogs begun since the start. */
  long begun() {
    return begun.get();
  }

  /** Whether the last look, if recent, saw a backlog. */
  boolean behind(long nanoTime) {
    return behind && seenAt != Long.MIN_VALUE && nanoTime - seenAt <= staleAfterNanos;
  }
}
