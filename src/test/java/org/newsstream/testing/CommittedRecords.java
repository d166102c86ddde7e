package org.newsstream.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsstream.kafka.Topic;

/** Reads a topic as a downstream service would: every committed record, from the beginning. */
public final class CommittedRecords {
  private CommittedRecords() {}

  /**
   * The values of every committed record of {@code topic} now, in partition order; records the
   * topic's serde cannot read are skipped (some tests write such records on purpose).
   *
   * @param consumerProps read_committed consumer settings without a group
   */
  public static <V> List<V> readAll(Properties consumerProps, Topic<String, V> topic) {
    List<V> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps,
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          try {
            values.add(topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
          } catch (SerializationException unreadable) {
            // written so on purpose by the test
          }
        }
      }
    }
    return values;
  }
}
