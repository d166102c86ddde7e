package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;

class PromptCommitsTest {
  private static final long NOW = 1_000_000L;
  /** When a task of the (one, simulated) stream thread last asked. */
  private final long[] threadAsked = {Long.MIN_VALUE / 2};

  private static MockProcessorContext<Object, Object> context(String guarantee) {
    Properties config = new Properties();
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    return new MockProcessorContext<>(config);
  }

  private PromptCommits schedule(MockProcessorContext<Object, Object> context) {
    return PromptCommits.schedule(context, () -> threadAsked);
  }

  private static void processAt(MockProcessorContext<Object, Object> context,
      PromptCommits commits, long wallClock, long recordTimestamp) {
    context.setCurrentSystemTimeMs(wallClock);
    commits.processed(recordTimestamp);
  }

  private static void check(MockProcessorContext<Object, Object> context, long at) {
    MockProcessorContext.CapturedPunctuator punctuator = context.scheduledPunctuators().get(0);
    assertThat(punctuator.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
    assertThat(punctuator.getInterval()).isEqualTo(PromptCommits.CHECK_EVERY);
    punctuator.getPunctuator().punctuate(at);
  }

  @Test
  void a_task_that_keeps_up_asks_for_a_commit() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits commits = schedule(context);

    processAt(context, commits, NOW - 5, NOW - 120);
    check(context, NOW);

    assertThat(context.committed()).isTrue();
  }

  @Test
  void a_task_working_on_records_more_than_a_second_old_leaves_it_to_the_commit_interval() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits commits = schedule(context);

    processAt(context, commits, NOW - 5, NOW - PromptCommits.BEHIND.toMillis() - 1);
    check(context, NOW);

    assertThat(context.committed()).isFalse();
  }

  @Test
  void a_task_with_nothing_processed_since_the_last_request_asks_nothing() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits commits = schedule(context);
    processAt(context, commits, NOW - 5, NOW - 10);
    check(context, NOW);
    context.resetCommit();

    check(context, NOW + PromptCommits.EVERY.toMillis());

    assertThat(context.committed()).isFalse();
  }

  @Test
  void two_tasks_of_one_thread_ask_once_per_interval_between_them() {
    MockProcessorContext<Object, Object> first = context(StreamsConfig.EXACTLY_ONCE_V2);
    MockProcessorContext<Object, Object> second = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits firstCommits = schedule(first);
    PromptCommits secondCommits = schedule(second);
    processAt(first, firstCommits, NOW - 5, NOW - 5);
    check(first, NOW);
    assertThat(first.committed()).isTrue();

    processAt(second, secondCommits, NOW + 5, NOW + 5);
    check(second, NOW + 10);
    assertThat(second.committed()).as("the thread asked 10 ms ago").isFalse();

    check(second, NOW + PromptCommits.EVERY.toMillis());
    assertThat(second.committed()).as("its record waits one interval at most").isTrue();
  }

  @Test
  void under_at_least_once_nothing_is_scheduled() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.AT_LEAST_ONCE);

    schedule(context).processed(NOW);

    assertThat(context.scheduledPunctuators()).isEmpty();
  }
}
