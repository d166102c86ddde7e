package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;

class PromptCommitsTest {
  private static final long NOW = 1_000_000L;

  private static MockProcessorContext<Object, Object> context(String guarantee) {
    Properties config = new Properties();
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    return new MockProcessorContext<>(config);
  }

  private static void punctuate(MockProcessorContext<Object, Object> context, long at) {
    MockProcessorContext.CapturedPunctuator punctuator = context.scheduledPunctuators().get(0);
    assertThat(punctuator.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
    assertThat(punctuator.getInterval()).isEqualTo(PromptCommits.EVERY);
    punctuator.getPunctuator().punctuate(at);
  }

  @Test
  void a_task_that_keeps_up_asks_for_a_commit_every_interval() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits commits = PromptCommits.schedule(context);

    commits.processed(NOW - 120);
    punctuate(context, NOW);

    assertThat(context.committed()).isTrue();
  }

  @Test
  void a_task_working_on_records_more_than_a_second_old_leaves_it_to_the_commit_interval() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits commits = PromptCommits.schedule(context);

    commits.processed(NOW - PromptCommits.BEHIND.toMillis() - 1);
    punctuate(context, NOW);

    assertThat(context.committed()).isFalse();
  }

  @Test
  void a_task_with_nothing_processed_since_the_last_request_asks_nothing() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.EXACTLY_ONCE_V2);
    PromptCommits commits = PromptCommits.schedule(context);
    commits.processed(NOW - 10);
    punctuate(context, NOW);
    context.resetCommit();

    punctuate(context, NOW + PromptCommits.EVERY.toMillis());

    assertThat(context.committed()).isFalse();
  }

  @Test
  void under_at_least_once_nothing_is_scheduled() {
    MockProcessorContext<Object, Object> context = context(StreamsConfig.AT_LEAST_ONCE);

    PromptCommits.schedule(context).processed(NOW);

    assertThat(context.scheduledPunctuators()).isEmpty();
  }
}
