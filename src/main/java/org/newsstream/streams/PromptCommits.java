package org.newsstream.streams;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Asks Kafka Streams for a commit {@link #EVERY} after the thread's last one while the instance
 * keeps up with its input, and leaves commits to the longer commit interval
 * ({@link StreamsProperties#BACKLOG_COMMIT_INTERVAL}) while it works through a backlog.
 *
 * <p>Why: under exactly-once a reader sees a record only once its transaction commits, and a
 * paragraph crosses two hops on its way to {@code news.enriched}, so prompt commits are what keep
 * publish → visible short. Each commit also costs a transaction: markers on every partition
 * written, the offsets, the broker's bookkeeping, and the stream thread's wait. In a burst, 50 ms
 * commits were half the broker's CPU and a seventh of the stream threads' time, for records
 * already seconds late (docs/performance.md, sessions 14 and 17).
 *
 * <p>Kafka Streams has one commit interval per application, fixed at start-up; a task may only
 * ask for an extra commit ({@link ProcessorContext#commit()}). So the interval is the backlog's,
 * and a task that processed records since its thread's last commit asks once that commit is
 * {@link #EVERY} old. Under exactly-once v2 a thread commits all its tasks in one transaction, so
 * the age is the thread's: it is read from the thread's {@code commit-total} metric, which counts
 * the interval's commits and the asked ones alike; without it (a test driver) a task goes by the
 * requests it made itself.
 *
 * <p>A task looks at each record (one after a pause asks at once) and every {@link #CHECK_EVERY}
 * on the wall clock (one whose records stopped still asks), so a commit comes at most that much
 * later than a fixed 50 ms interval would bring it. Streams counts a wall-clock punctuation as
 * work to commit, so an idle instance commits its unchanged offsets once per interval, as the
 * story summaries' punctuation made it do before. Under at-least-once a reader does not wait for
 * commits, and nothing is asked.
 */
final class PromptCommits {
  /** The Streams config entry that holds this instance's {@link InputBacklog}. */
  static final String BACKLOG_CONFIG = "newsstream.input.backlog";
  /** How old the thread's last commit may be while the instance keeps up. */
  static final Duration EVERY = Duration.ofMillis(50);
  static final Duration CHECK_EVERY = Duration.ofMillis(5);
  private static final ThreadLocal<ThreadCommits> THREADS = new ThreadLocal<>();

  private final ProcessorContext<?, ?> context;
  private final InputBacklog backlog;
  private final long everyMs;
  /** The thread's commit count when this task last processed a record; -1 when clean. */
  private double dirtySince = -1;

  private PromptCommits(ProcessorContext<?, ?> context, InputBacklog backlog, long everyMs) {
    this.context = context;
    this.backlog = backlog;
    this.everyMs = everyMs;
  }

  /**
   * Schedules the checks on {@code context}'s task when the application runs exactly-once with a
   * backlog to follow; call from a processor's {@code init}.
   */
  static PromptCommits schedule(ProcessorContext<?, ?> context) {
    Map<String, Object> configs = context.appConfigs();
    InputBacklog backlog = configs.get(BACKLOG_CONFIG) instanceof InputBacklog given ? given : null;
    PromptCommits commits = new PromptCommits(context, backlog, EVERY.toMillis());
    if (backlog != null && exactlyOnce(configs)) {
      context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, commits::check);
    }
    return commits;
  }

  /**
   * Call for each record the processor works on: a record after a pause asks at once, since its
   * thread's last commit is old already.
   */
  void processed() {
    if (backlog != null) {
      long now = context.currentSystemTimeMs();
      ThreadCommits thread = thread();
      dirtySince = thread.commits(now);
      maybeAsk(thread, now);
    }
  }

  private void check(long wallClockMs) {
    // Looked at even when clean, so that the thread's last commit is known to within a check.
    ThreadCommits thread = thread();
    if (thread.commits(wallClockMs) != dirtySince) {
      // Committed since this task's last record, or clean already.
      dirtySince = -1;
      return;
    }
    maybeAsk(thread, wallClockMs);
  }

  private void maybeAsk(ThreadCommits thread, long nowMs) {
    if (nowMs - thread.lastCommitAt >= everyMs && !backlog.behind(System.nanoTime())) {
      context.commit();
      thread.requested(nowMs);
    }
  }

  private ThreadCommits thread() {
    ThreadCommits commits = THREADS.get();
    // One application's tasks on a thread share its metrics; another's (a test's) start afresh.
    if (commits == null || commits.metrics != context.metrics()) {
      commits = new ThreadCommits(context.metrics(),
          commitTotal(context, Thread.currentThread().getName()));
      THREADS.set(commits);
    }
    return commits;
  }

  private static Metric commitTotal(ProcessorContext<?, ?> context, String threadName) {
    for (Map.Entry<MetricName, ? extends Metric> e : context.metrics().metrics().entrySet()) {
      MetricName name = e.getKey();
      if (name.name().equals("commit-total") && name.group().equals("stream-thread-metrics")
          && threadName.equals(name.tags().get("thread-id"))) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean exactlyOnce(Map<String, Object> configs) {
    return StreamsConfig.EXACTLY_ONCE_V2.equals(
        String.valueOf(configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)));
  }

  /** What one stream thread's tasks share: its commits, as last seen. */
  private static final class ThreadCommits {
    private final StreamsMetrics metrics;
    private final Metric commitTotal;
    private double seen;
    private long lastCommitAt;

    ThreadCommits(StreamsMetrics metrics, Metric commitTotal) {
      this.metrics = metrics;
      this.commitTotal = commitTotal;
    }

    /** The thread's commits so far; notes the time when the count moved since the last look. */
    double commits(long nowMs) {
      if (commitTotal != null && commitTotal.metricValue() instanceof Number count
          && count.doubleValue() != seen) {
        seen = count.doubleValue();
        lastCommitAt = nowMs;
      }
      return seen;
    }

    void requested(long nowMs) {
      if (commitTotal == null) {
        seen++;
        lastCommitAt = nowMs;
      }
    }
  }
}
