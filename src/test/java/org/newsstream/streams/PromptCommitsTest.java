package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.internals.metrics.StreamsMetricsImpl;
import org.apache.kafka.streams.processor.internals.metrics.ThreadMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the instance keeps up, a task that processed records asks for a commit once its thread's
 * last commit is 50 ms old; in a backlog it leaves commits to the interval.
 */
class PromptCommitsTest {
  private final InputBacklog backlog = InputBacklog.defaults();
  private MockProcessorContext<Object, Object> context;
  private Sensor threadCommits;
  private PromptCommits commits;

  @BeforeEach
  void setUp() {
    context = contextWith(StreamsConfig.EXACTLY_ONCE_V2);
    // The very metric a stream thread of this name records its commits in.
    threadCommits = ThreadMetrics.commitSensor(Thread.currentThread().getName(),
        (StreamsMetricsImpl) context.metrics());
    commits = PromptCommits.schedule(context);
    backlog.observed(0, System.nanoTime());
  }

  @Test
  void a_task_that_processed_asks_once_the_threads_last_commit_is_50_ms_old() {
    threadCommitted(1_000);
    processedAt(1_010);
    check(1_045);
    assertThat(context.committed()).isFalse();
    check(1_050);
    assertThat(context.committed()).isTrue();
  }

  @Test
  void a_task_that_processed_nothing_never_asks() {
    threadCommitted(1_000);
    check(1_500);
    assertThat(context.committed()).isFalse();
  }

  @Test
  void a_commit_of_the_thread_after_the_tasks_records_leaves_nothing_to_ask_for() {
    threadCommitted(1_000);
    processedAt(1_010);
    threadCommitted(1_020);
    check(1_100);
    assertThat(context.committed()).isFalse();
    processedAt(1_060);
    assertThat(context.committed()).as("40 ms after the thread's last commit").isFalse();
    check(1_070);
    assertThat(context.committed()).isTrue();
  }

  @Test
  void a_record_after_a_pause_asks_at_once() {
    threadCommitted(1_000);
    check(1_400);
    processedAt(1_410);
    assertThat(context.committed()).isTrue();
  }

  @Test
  void in_a_backlog_it_leaves_commits_to_the_interval_and_asks_again_once_caught_up() {
    backlog.observed(5_000, System.nanoTime());
    threadCommitted(1_000);
    processedAt(1_010);
    check(1_100);
    assertThat(context.committed()).isFalse();
    backlog.observed(100, System.nanoTime());
    check(1_105);
    assertThat(context.committed()).isTrue();
  }

  @Test
  void under_at_least_once_nothing_is_scheduled_since_no_reader_waits_for_a_commit() {
    MockProcessorContext<Object, Object> atLeastOnce = contextWith(StreamsConfig.AT_LEAST_ONCE);
    PromptCommits.schedule(atLeastOnce);
    assertThat(atLeastOnce.scheduledPunctuators()).isEmpty();
  }

  @Test
  void without_the_threads_metric_a_task_goes_by_its_own_requests() {
    MockProcessorContext<Object, Object> bare = contextWith(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits own = PromptCommits.schedule(bare);
    bare.setCurrentSystemTimeMs(1_000);
    own.processed();
    assertThat(bare.committed()).as("nothing committed before").isTrue();
    bare.resetCommit();
    bare.setCurrentSystemTimeMs(1_020);
    own.processed();
    punctuate(bare, 1_040);
    assertThat(bare.committed()).as("40 ms after its own request").isFalse();
    punctuate(bare, 1_050);
    assertThat(bare.committed()).isTrue();
  }

  private MockProcessorContext<Object, Object> contextWith(String guarantee) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "prompt-commits-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    props.put(PromptCommits.BACKLOG_CONFIG, backlog);
    return new MockProcessorContext<>(props);
  }

  private void threadCommitted(long atMs) {
    threadCommits.record(1.0, atMs);
    // The task sees the commit at its next look, as a stream thread's task would.
    check(atMs);
    context.resetCommit();
  }

  private void processedAt(long ms) {
    context.setCurrentSystemTimeMs(ms);
    commits.processed();
  }

  private void check(long wallClockMs) {
    punctuate(context, wallClockMs);
  }

  private static void punctuate(MockProcessorContext<Object, Object> on, long wallClockMs) {
    List<CapturedPunctuator> punctuators = on.scheduledPunctuators();
    assertThat(punctuators).hasSize(1);
    assertThat(punctuators.get(0).getInterval()).isEqualTo(PromptCommits.CHECK_EVERY);
    punctuators.get(0).getPunctuator().punctuate(wallClockMs);
  }
}
