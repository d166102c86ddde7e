package org.newsstream.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How far every topic's end moved between two moments, summed over its partitions: the records
 * the pipeline wrote (and under exactly-once one transaction marker per partition and commit),
 * which is most of what the broker works on. Internal topics included.
 */
public final class TopicGrowth {
  private final Properties admin;
  private Map<String, Long> before = Map.of();

  public TopicGrowth(Properties admin) {
    this.admin = admin;
  }

  public void start() {
    before = ends();
  }

  /** Lines "topic: N per paragraph", largest first, and the total. */
  public List<String> describe(int paragraphs) {
    Map<String, Long> after = ends();
    Map<String, Long> grown = new HashMap<>();
    after.forEach((topic, end) -> {
      long by = end - before.getOrDefault(topic, 0L);
      if (by > 0) {
        grown.put(topic, by);
      }
    });
    List<String> lines = new ArrayList<>();
    long total = grown.values().stream().mapToLong(Long::longValue).sum();
    lines.add(String.format(Locale.ROOT, "offsets written per paragraph (records and transaction"
        + " markers), all topics: %.2f", total / (double) paragraphs));
    grown.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> lines.add(String.format(Locale.ROOT, "  %-58s %6.2f", e.getKey(),
            e.getValue() / (double) paragraphs)));
    return lines;
  }

  private Map<String, Long> ends() {
    try (Admin client = Admin.create(admin)) {
      Set<String> topics = client.listTopics(new ListTopicsOptions().listInternal(false)).names()
          .get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      client.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()
          .forEach(d -> d.partitions().forEach(p ->
              latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
      return client.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
          .collect(Collectors.groupingBy(e -> e.getKey().topic(),
              Collectors.summingLong(e -> e.getValue().offset())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the topics' ends", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the topics' ends: " + e, e);
    }
  }
}
