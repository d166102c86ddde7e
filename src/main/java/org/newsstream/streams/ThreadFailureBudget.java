package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * Decides what to do with a failed stream thread: replace it, unless threads of this application
 * have already failed {@code maxFailures} times within {@code window}. A failure that survives
 * replacement (records that cannot be dead-lettered, a broker that refuses every write) would
 * otherwise loop for ever while the instance looks alive; shutting the client down makes
 * {@code /health} report it and stops it from burning the machine.
 */
public final class ThreadFailureBudget {
  public static final int DEFAULT_MAX_FAILURES = 3;
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Deque<Instant> failures = new ArrayDeque<>();

  public ThreadFailureBudget(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  public static ThreadFailureBudget defaults() {
    return new ThreadFailureBudget(DEFAULT_MAX_FAILURES, DEFAULT_WINDOW, Clock.systemUTC());
  }

  /** Records one failure and answers whether the thread is replaced or the client shut down. */
  public synchronized StreamThreadExceptionResponse onFailure() {
    Instant now = clock.instant();
    failures.addLast(now);
    while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
      failures.removeFirst();
    }
    return failures.size() > maxFailures
        ? StreamThreadExceptionResponse.SHUTDOWN_CLIENT
        : StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  /** How many failures the budget allows before it shuts the client down, for log lines. */
  public String describe() {
    return maxFailures + " replacements in " + window.toSeconds() + " s";
  }
}
