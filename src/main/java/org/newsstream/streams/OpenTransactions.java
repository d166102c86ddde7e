package org.newsstream.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Finds transactions that have stayed open on a partition for longer than any producer may keep
 * one ({@code transaction.max.timeout.ms}, 15 min by default): a hanging transaction, which holds
 * every read_committed reader of that partition, Kafka Streams' restoration included, at its
 * start offset for good. The same test as Kafka's {@code kafka-transactions.sh find-hanging},
 * done at start-up so the explanation comes with the symptom.
 */
public final class OpenTransactions {
  public static final Duration HANGING_AFTER = Duration.ofMinutes(15);

  private OpenTransactions() {}

  /** An open transaction on one partition. */
  public record Open(TopicPartition partition, long producerId, int epoch, long startOffset,
      Instant lastWrite) {
    public String describe(Instant now) {
      return String.format("%s-%d: producer %d (epoch %d) has had a transaction open since offset %d,"
          + " last written %d min ago", partition.topic(), partition.partition(), producerId, epoch,
          startOffset, Duration.between(lastWrite, now).toMinutes());
    }
  }

  /** The open transactions among {@code states} whose last write is older than {@code limit}. */
  public static List<Open> hanging(Map<TopicPartition, List<ProducerState>> states, Instant now,
      Duration limit) {
    List<Open> found = new ArrayList<>();
    states.forEach((partition, producers) -> producers.forEach(p -> {
      if (p.currentTransactionStartOffset().isPresent()
          && Instant.ofEpochMilli(p.lastTimestamp()).isBefore(now.minus(limit))) {
        found.add(new Open(partition, p.producerId(), p.producerEpoch(),
            p.currentTransactionStartOffset().getAsLong(), Instant.ofEpochMilli(p.lastTimestamp())));
      }
    }));
    found.sort(Comparator.comparing((Open o) -> o.partition().toString()));
    return found;
  }

  /** Asks the cluster about every partition of {@code topics}; empty when it cannot answer. */
  public static List<Open> hanging(Admin admin, Collection<String> topics, Instant now)
      throws InterruptedException {
    try {
      Map<String, TopicDescription> described =
          admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
      List<TopicPartition> partitions = new ArrayList<>();
      described.values().forEach(d -> d.partitions()
          .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
      Map<TopicPartition, PartitionProducerState> states =
          admin.describeProducers(partitions).all().get(10, TimeUnit.SECONDS);
      Map<TopicPartition, List<ProducerState>> active = new java.util.HashMap<>();
      states.forEach((tp, state) -> active.put(tp, state.activeProducers()));
      return hanging(active, now, HANGING_AFTER);
    } catch (ExecutionException | TimeoutException e) {
      return List.of();
    }
  }
}
