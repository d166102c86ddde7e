package org.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class ThreadTimeSharesTest {
  private final Map<MetricName, Metric> metrics = new HashMap<>();

  private void set(String name, String thread, double value) {
    MetricName key = new MetricName(name, ThreadTimeShares.GROUP, "", Map.of("thread-id", thread));
    metrics.put(key, new Metric() {
      @Override public MetricName metricName() { return key; }
      @Override public Object metricValue() { return value; }
    });
  }

  @Test
  void each_ratio_is_averaged_over_the_threads_and_the_samples() {
    ThreadTimeShares shares = new ThreadTimeShares(() -> metrics);
    set("process-ratio", "t1", 0.8);
    set("process-ratio", "t2", 0.4);
    set("poll-ratio", "t1", 0.1);
    set("poll-ratio", "t2", 0.5);
    set("commit-ratio", "t1", 0.1);
    set("commit-ratio", "t2", 0.1);
    set("process-latency-avg", "t1", 99.0);  // not a share of time: ignored
    shares.sample();
    set("process-ratio", "t1", 0.6);
    set("commit-ratio", "t2", Double.NaN);     // no window yet: not counted
    shares.sample();

    assertThat(shares.describe()).isEqualTo("process 55 %, poll 30 %, commit 10 %");
  }

  @Test
  void says_so_when_nothing_was_sampled() {
    assertThat(new ThreadTimeShares(Map::of).describe()).isEqualTo("not sampled");
  }
}
