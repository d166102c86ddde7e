package org.newsstream.web.metrics;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * An application's consumer lag now: the largest current {@code records-lag} over the partitions
 * its stream threads read, 0 when caught up or when nothing is assigned (never NaN). Restore
 * consumers are left out: catching up a changelog is restoration, which has its own metrics.
 */
final class ConsumerLag {
  private ConsumerLag() {}

  static double largest(KafkaStreams streams) {
    double largest = 0;
    for (Map.Entry<MetricName, ? extends Metric> metric : streams.metrics().entrySet()) {
      MetricName name = metric.getKey();
      if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
          && name.tags().containsKey("partition")
          && !name.tags().getOrDefault("client-id", "").endsWith("restore-consumer")
          && metric.getValue().metricValue() instanceof Double lag && !lag.isNaN()) {
        largest = Math.max(largest, lag);
      }
    }
    return largest;
  }
}
