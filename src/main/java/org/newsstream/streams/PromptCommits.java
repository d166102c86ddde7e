package org.newsstream.streams;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Asks Kafka Streams to commit a task every {@link #EVERY} while the task keeps up with its
 * input, and leaves it to the longer commit interval ({@link StreamsProperties#COMMIT_INTERVAL})
 * once the records it works on are more than {@link #BEHIND} old.
 *
 * <p>Under exactly-once a reader sees a record only after its transaction commits, so a prompt
 * commit is what keeps publish → visible short when the pipeline is current. Each commit also
 * costs a transaction (markers on every partition written, offsets, the broker's bookkeeping):
 * with a backlog, 50 ms commits were half the broker's CPU and a seventh of the stream threads'
 * time, and a record already a second late gains nothing from them (docs/performance.md,
 * session 14). Under at-least-once a reader does not wait for commits, and nothing is asked.
 *
 * <p>Under exactly-once v2 a thread commits all its tasks in one transaction, so any task of a
 * thread asking is enough for the thread.
 */
final class PromptCommits {
  /** How often a task that keeps up asks for a commit. */
  static final Duration EVERY = Duration.ofMillis(50);
  /** How old, by its timestamp, the latest record worked on may be for the task to keep up. */
  static final Duration BEHIND = Duration.ofSeconds(1);

  private final ProcessorContext<?, ?> context;
  private boolean processed;
  private long latestTimestamp;

  private PromptCommits(ProcessorContext<?, ?> context) {
    this.context = context;
  }

  /** Schedules the requests on {@code context}'s task; call from a processor's {@code init}. */
  static PromptCommits schedule(ProcessorContext<?, ?> context) {
    PromptCommits commits = new PromptCommits(context);
    if (exactlyOnce(context.appConfigs())) {
      context.schedule(EVERY, PunctuationType.WALL_CLOCK_TIME, commits::maybeRequest);
    }
    return commits;
  }

  /** Call for each record the processor works on. */
  void processed(long recordTimestamp) {
    processed = true;
    latestTimestamp = recordTimestamp;
  }

  private void maybeRequest(long wallClockMs) {
    if (processed && wallClockMs - latestTimestamp <= BEHIND.toMillis()) {
      context.commit();
    }
    processed = false;
  }

  private static boolean exactlyOnce(Map<String, Object> configs) {
    return StreamsConfig.EXACTLY_ONCE_V2.equals(
        String.valueOf(configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)));
  }
}
