package org.newsstream.enrichment.ahead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.TextAnalysis;

/**
 * Texts analysed ahead of their turn: what a taker gets, when it does the work itself instead,
 * and how the held analyses stay bounded.
 */
class AnalysesAheadTest {
  private final Map<String, AtomicInteger> analysed = new ConcurrentHashMap<>();
  private final AtomicLong now = new AtomicLong();
  private AnalysesAhead ahead;

  @AfterEach
  void close() {
    if (ahead != null) {
      ahead.close();
    }
  }

  private static TextAnalysis analysisOf(String text) {
    return new TextAnalysis(text, "en", List.of(), List.of(), List.of());
  }

  private Function<String, Optional<TextAnalysis>> counting() {
    return text -> {
      analysed.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      return Optional.of(analysisOf(text));
    };
  }

  private AnalysesAhead ahead(Function<String, Optional<TextAnalysis>> analyzer, int capacity) {
    ahead = new AnalysesAhead(analyzer, 1, "test-ahead-", capacity, Duration.ofSeconds(30),
        now::get);
    return ahead;
  }

  /** The one worker, blocked on {@code text} until the gate is released. */
  private Gate workerBusyOn(String text, int capacity) throws InterruptedException {
    Gate gate = new Gate();
    ahead(gate, capacity).offer(text);
    assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();
    return gate;
  }

  /** Blocks the one worker on its first text until released. */
  private static final class Gate implements Function<String, Optional<TextAnalysis>> {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Optional<TextAnalysis> apply(String text) {
      calls.incrementAndGet();
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.of(analysisOf(text));
    }
  }

  @Test
  void a_text_analysed_before_its_turn_is_handed_to_its_taker_once() {
    AnalysesAhead ahead = ahead(counting(), 10);
    assertThat(ahead.offer("Putin met Choe in Moscow.")).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> analysed.containsKey("Putin met Choe in Moscow."));
    await().atMost(Duration.ofSeconds(10)).until(() -> ahead.ready() == 1);

    assertThat(ahead.take("Putin met Choe in Moscow.")).contains(analysisOf("Putin met Choe in Moscow."));
    assertThat(ahead.take("Putin met Choe in Moscow.")).isEmpty();
    assertThat(ahead.used()).isEqualTo(1);
    assertThat(ahead.size()).isZero();
  }

  @Test
  void a_text_never_offered_is_left_to_its_taker() {
    assertThat(ahead(counting(), 10).take("never offered")).isEmpty();
  }

  @Test
  void a_taker_whose_text_is_still_queued_does_the_work_itself_and_no_worker_repeats_it()
      throws Exception {
    Gate gate = workerBusyOn("first", 10);
    ahead.offer("second");

    assertThat(ahead.take("second")).isEmpty();
    gate.release.countDown();
    ahead.offer("third");
    await().atMost(Duration.ofSeconds(10)).until(() -> ahead.ready() == 2);

    assertThat(gate.calls.get()).as("first and third, never second").isEqualTo(2);
    assertThat(ahead.doneByTaker()).isEqualTo(1);
  }

  @Test
  void a_taker_does_not_wait_for_a_running_analysis() throws Exception {
    Gate gate = workerBusyOn("running", 10);

    long started = System.nanoTime();
    assertThat(ahead.take("running")).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    gate.release.countDown();
  }

  @Test
  void when_full_an_offer_is_refused_and_taken_texts_make_room() throws Exception {
    Gate gate = new Gate();
    AnalysesAhead ahead = ahead(gate, 2);
    assertThat(ahead.offer("a")).isTrue();
    assertThat(ahead.offer("b")).isTrue();
    assertThat(ahead.offer("c")).isFalse();

    ahead.take("b");
    assertThat(ahead.offer("c")).isTrue();
    gate.release.countDown();
  }

  @Test
  void in_a_long_backlog_the_work_queue_stays_bounded_while_the_workers_are_busy()
      throws Exception {
    Gate gate = workerBusyOn("first", 10);
    for (int i = 0; i < 1000; i++) {
      ahead.offer("paragraph " + i);
      ahead.take("paragraph " + i);
    }

    assertThat(ahead.queued()).isLessThanOrEqualTo(10);
    assertThat(ahead.doneByTaker()).isEqualTo(1000);
    gate.release.countDown();
  }

  @Test
  void the_same_text_offered_twice_is_analysed_once_and_serves_both_copies() {
    AnalysesAhead ahead = ahead(counting(), 10);
    ahead.offer("a wire story");
    ahead.offer("a wire story");
    await().atMost(Duration.ofSeconds(10)).until(() -> ahead.ready() == 1);

    assertThat(ahead.take("a wire story")).isPresent();
    assertThat(ahead.take("a wire story")).isPresent();
    assertThat(ahead.take("a wire story")).isEmpty();
    assertThat(analysed.get("a wire story").get()).isEqualTo(1);
  }

  @Test
  void an_analysis_nobody_takes_is_dropped_after_it_was_kept_long_enough() {
    AnalysesAhead ahead = ahead(counting(), 10);
    ahead.offer("dead-lettered later");
    await().atMost(Duration.ofSeconds(10)).until(() -> ahead.ready() == 1);

    now.addAndGet(Duration.ofSeconds(31).toNanos());
    ahead.offer("next");

    assertThat(ahead.take("dead-lettered later")).isEmpty();
  }

  @Test
  void a_failed_analysis_leaves_the_work_to_the_taker() {
    AnalysesAhead ahead = ahead(text -> {
      throw new IllegalStateException("model broke");
    }, 10);
    ahead.offer("bad");
    await().atMost(Duration.ofSeconds(10)).until(() -> ahead.ready() == 1);

    assertThat(ahead.take("bad")).isEmpty();
  }
}
