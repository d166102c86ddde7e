package org.newsstream.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Every record a topic holds now, read from the beginning to the end offsets taken at the start.
 *
 * <p>The deadline bounds the wait for each step, not the whole read: a large topic may take as
 * long as it takes while records keep coming, but a broker that stops answering ends the read
 * within the deadline instead of leaving a command polling for ever.
 */
public final class TopicSnapshot {
  /** Long enough for a broker's leader election, short enough for someone waiting at a prompt. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(15);

  private TopicSnapshot() {}

  /**
   * Waits until nothing has been written to {@code topic} for {@code quiet} (at most {@code
   * deadline} in all): for a topic written on a timer rather than per input record, such as the
   * story summaries, so that a snapshot taken after the inputs are processed has their records.
   */
  public static void awaitQuiet(Consumer<?, ?> consumer, String topic, Duration quiet,
      Duration deadline) throws InterruptedException {
    List<TopicPartition> partitions = consumer.partitionsFor(topic, deadline).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    long giveUp = System.nanoTime() + deadline.toNanos();
    Map<TopicPartition, Long> before = consumer.endOffsets(partitions, deadline);
    while (System.nanoTime() < giveUp) {
      Thread.sleep(quiet.toMillis());
      Map<TopicPartition, Long> now = consumer.endOffsets(partitions, deadline);
      if (now.equals(before)) {
        return;
      }
      before = now;
    }
  }

  public static <K, V> List<ConsumerRecord<K, V>> read(Consumer<K, V> consumer, String topic) {
    return read(consumer, topic, DEFAULT_DEADLINE);
  }

  /**
   * @throws BrokerUnavailableException when nothing more arrives for {@code deadline} before
   *     the end offsets are reached
   */
  public static <K, V> List<ConsumerRecord<K, V>> read(
      Consumer<K, V> consumer, String topic, Duration deadline) {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    try {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, deadline).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, deadline);
      long lastProgress = System.nanoTime();
      while (partitions.stream().anyMatch(p -> consumer.position(p, deadline) < end.get(p))) {
        int before = records.size();
        consumer.poll(Duration.ofMillis(Math.min(500, deadline.toMillis()))).forEach(records::add);
        if (records.size() > before) {
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress >= deadline.toNanos()) {
          throw stopped(topic, deadline, records.size(), null);
        }
      }
    } catch (TimeoutException e) {
      throw stopped(topic, deadline, records.size(), e);
    }
    return records;
  }

  private static BrokerUnavailableException stopped(
      String topic, Duration deadline, int read, Exception cause) {
    String seconds = String.format(Locale.ROOT, "%.1f", deadline.toMillis() / 1000.0);
    return new BrokerUnavailableException("Kafka stopped answering: nothing more from " + topic
        + " for " + seconds + " s"
        + " (" + read + " record(s) read, its end not reached)", cause);
  }
}
