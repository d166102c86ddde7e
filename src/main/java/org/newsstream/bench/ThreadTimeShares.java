package org.newsstream.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * How Kafka Streams' threads share their time between polling, processing, committing and
 * punctuating while the benchmark runs: Streams' own {@code stream-thread-metrics} ratios,
 * sampled every second and averaged over the threads and the samples. Where CPU figures say how
 * much a paragraph costs, these say what a thread that is not busy is waiting in.
 */
public final class ThreadTimeShares implements AutoCloseable {
  static final String GROUP = "stream-thread-metrics";
  /** In the order {@link #describe} prints them. */
  static final List<String> RATIOS = List.of("process-ratio", "poll-ratio", "commit-ratio",
      "punctuate-ratio");

  private final Supplier<Map<MetricName, ? extends Metric>> metrics;
  private final Map<String, double[]> sums = new LinkedHashMap<>(); // name -> {sum, count}
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "bench-thread-time-shares");
        thread.setDaemon(true);
        return thread;
      });

  public ThreadTimeShares(Supplier<Map<MetricName, ? extends Metric>> metrics) {
    this.metrics = metrics;
  }

  public void start() {
    sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
  }

  synchronized void sample() {
    for (Map.Entry<MetricName, ? extends Metric> entry : metrics.get().entrySet()) {
      MetricName name = entry.getKey();
      if (!GROUP.equals(name.group()) || !RATIOS.contains(name.name())) {
        continue;
      }
      Object value = entry.getValue().metricValue();
      if (value instanceof Double ratio && !ratio.isNaN()) {
        double[] sum = sums.computeIfAbsent(name.name(), n -> new double[2]);
        sum[0] += ratio;
        sum[1]++;
      }
    }
  }

  /** The mean of each ratio, e.g. "process 61 %, poll 30 %, commit 8 %, punctuate 0 %". */
  public synchronized String describe() {
    if (sums.isEmpty()) {
      return "not sampled";
    }
    StringBuilder out = new StringBuilder();
    for (String ratio : RATIOS) {
      double[] sum = sums.get(ratio);
      if (sum != null) {
        out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.0f %%",
            ratio.substring(0, ratio.indexOf('-')), 100 * sum[0] / sum[1]));
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
