package org.newsstream.streams;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Asks Kafka Streams to commit every {@link #EVERY} while the tasks keep up with their input, and
 * leaves it to the longer commit interval ({@link StreamsProperties#COMMIT_INTERVAL})
 * once the records it works on are more than {@link #BEHIND} old.
 *
 * <p>Under exactly-once a reader sees a record only after its transaction commits, so a prompt
 * commit is what keeps publish → visible short when the pipeline is current. Each commit also
 * costs a transaction (markers on every partition written, offsets, the broker's bookkeeping):
 * with a backlog, 50 ms commits were half the broker's CPU and a seventh of the stream threads'
 * time, and a record already a second late gains nothing from them (docs/performance.md,
 * session 14). Under at-least-once a reader does not wait for commits, and nothing is asked.
 *
 * <p>Under exactly-once v2 a thread commits all its tasks in one transaction, whichever asked, so
 * the asking is paced per stream thread: a task asks when it has worked on a record since the
 * thread's last request and that request is {@link #EVERY} old. Each task checks every
 * {@link #CHECK_EVERY}, so a record waits at most about EVERY + CHECK_EVERY for its commit.
 * (Asking per task, each on its own schedule, doubled the commits of a thread with two tasks.)
 */
final class PromptCommits {
  /** How often a thread whose tasks keep up commits. */
  static final Duration EVERY = Duration.ofMillis(50);
  /** How often each task looks whether to ask. */
  static final Duration CHECK_EVERY = Duration.ofMillis(10);
  /** How old, by its timestamp, the latest record worked on may be for the task to keep up. */
  static final Duration BEHIND = Duration.ofSeconds(1);

  /** When a task of this stream thread last asked for a commit (wall clock, ms). */
  private static final ThreadLocal<long[]> THREAD_ASKED = ThreadLocal.withInitial(
      () -> new long[] {Long.MIN_VALUE / 2});

  private final ProcessorContext<?, ?> context;
  private final Supplier<long[]> threadAsked;
  private boolean asking;
  private long processedAt = Long.MIN_VALUE;
  private long latestTimestamp;

  private PromptCommits(ProcessorContext<?, ?> context, Supplier<long[]> threadAsked) {
    this.context = context;
    this.threadAsked = threadAsked;
  }

  /** Schedules the requests on {@code context}'s task; call from a processor's {@code init}. */
  static PromptCommits schedule(ProcessorContext<?, ?> context) {
    // Looked up when the punctuation runs, on the stream thread that runs the task then.
    return schedule(context, THREAD_ASKED::get);
  }

  /** @param threadAsked when a task of the running thread last asked, shared by its tasks */
  static PromptCommits schedule(ProcessorContext<?, ?> context, Supplier<long[]> threadAsked) {
    PromptCommits commits = new PromptCommits(context, threadAsked);
    if (exactlyOnce(context.appConfigs())) {
      context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, commits::maybeAsk);
      commits.asking = true;
    }
    return commits;
  }

  /** Call for each record the processor works on. */
  void processed(long recordTimestamp) {
    if (!asking) {
      return;
    }
    processedAt = context.currentSystemTimeMs();
    latestTimestamp = recordTimestamp;
  }

  private void maybeAsk(long wallClockMs) {
    long[] asked = threadAsked.get();
    if (processedAt >= asked[0] && wallClockMs - asked[0] >= EVERY.toMillis()
        && wallClockMs - latestTimestamp <= BEHIND.toMillis()) {
      context.commit();
      asked[0] = wallClockMs;
    }
  }

  private static boolean exactlyOnce(Map<String, Object> configs) {
    return StreamsConfig.EXACTLY_ONCE_V2.equals(
        String.valueOf(configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)));
  }
}
