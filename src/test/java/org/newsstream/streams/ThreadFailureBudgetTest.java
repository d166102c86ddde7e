package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A failing stream thread is replaced a bounded number of times, never for ever. */
class ThreadFailureBudgetTest {
  private Instant now = Instant.parse("2026-12-02T00:00:00Z");
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  };

  @Test
  void failures_within_the_budget_replace_the_thread_and_one_more_shuts_the_client_down() {
    ThreadFailureBudget budget = new ThreadFailureBudget(3, Duration.ofMinutes(10), clock);
    assertThat(budget.onFailure()).isEqualTo(REPLACE_THREAD);
    assertThat(budget.onFailure()).isEqualTo(REPLACE_THREAD);
    assertThat(budget.onFailure()).isEqualTo(REPLACE_THREAD);
    assertThat(budget.onFailure()).isEqualTo(SHUTDOWN_CLIENT);
  }

  @Test
  void failures_older_than_the_window_are_forgiven() {
    ThreadFailureBudget budget = new ThreadFailureBudget(2, Duration.ofMinutes(10), clock);
    budget.onFailure();
    budget.onFailure();
    now = now.plus(Duration.ofMinutes(11));
    assertThat(budget.onFailure()).isEqualTo(REPLACE_THREAD);
    assertThat(budget.onFailure()).isEqualTo(REPLACE_THREAD);
    assertThat(budget.onFailure()).isEqualTo(SHUTDOWN_CLIENT);
  }
}
