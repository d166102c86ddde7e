package org.newsstream.streams;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsstream.config.KafkaClients;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Releases the paragraphs a data folder of the earlier duplicate-marking layout (before 2026-12)
 * still had parked, waiting for band verdicts that the new layout never sends: each live entry of
 * that layout's {@value #OLD_CHANGELOG} changelog goes to the one cross-article task's input
 * topic, which now marks copies, and is tombstoned in the same transaction, so a crash in the
 * middle neither loses nor doubles one and a second start finds nothing to release.
 */
final class ParkedParagraphs {
  static final String OLD_CHANGELOG = "duplicate-pending-changelog";
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private ParkedParagraphs() {}

  /** Returns what it released, if anything. */
  static Optional<String> release(KafkaClients clients, String applicationId, Topics topics) {
    String changelog = applicationId + "-" + OLD_CHANGELOG;
    try (Admin admin = Admin.create(clients.admin())) {
      if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(changelog)) {
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot list the topics: " + e, e);
    }
    settle(clients, changelog);
    List<ConsumerRecord<byte[], byte[]>> parked = live(clients, changelog);
    if (parked.isEmpty()) {
      return Optional.empty();
    }
    String target = applicationId + "-" + StoryAssignment.TOPIC + "-repartition";
    Deserializer<EnrichedParagraph> paragraphs = topics.enriched.valueSerde().deserializer();
    Properties props = clients.producer();
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationId + "-release-parked");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      for (ConsumerRecord<byte[], byte[]> entry : parked) {
        String articleId = paragraphs.deserialize(changelog, entry.value())
            .getParagraph().getArticleId();
        producer.send(new ProducerRecord<>(target, 0, entry.timestamp(),
            articleId.getBytes(StandardCharsets.UTF_8), entry.value()));
        producer.send(new ProducerRecord<>(changelog, entry.partition(), entry.timestamp(),
            entry.key(), (byte[]) null));
      }
      producer.commitTransaction();
    }
    return Optional.of("released " + parked.size() + " paragraphs parked by the earlier "
        + "duplicate-marking layout to " + target + "; its internal topics can be deleted "
        + "(docs/reliability.md)");
  }

  /**
   * Waits, a little, until no transaction is open on the changelog: a commit returns before its
   * markers are on the partitions, and until then a read_committed reader stops short of them and
   * would take released paragraphs for parked ones. A transaction of a killed old process stays
   * open longer; after the wait its records are left out, as they will be aborted.
   */
  private static void settle(KafkaClients clients, String topic) {
    try (Admin admin = Admin.create(clients.admin())) {
      long deadline = System.nanoTime() + SETTLE.toNanos();
      while (System.nanoTime() < deadline) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
            .partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                OffsetSpec.latest()));
        if (offsets(admin, latest, IsolationLevel.READ_COMMITTED)
            .equals(offsets(admin, latest, IsolationLevel.READ_UNCOMMITTED))) {
          return;
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the offsets of " + topic + ": " + e, e);
    }
  }

  private static Map<TopicPartition, Long> offsets(Admin admin,
      Map<TopicPartition, OffsetSpec> latest, IsolationLevel isolation)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
        .forEach((partition, info) -> offsets.put(partition, info.offset()));
    return offsets;
  }

  /** The changelog's committed live entries (latest per key, not deleted), in offset order. */
  private static List<ConsumerRecord<byte[], byte[]>> live(KafkaClients clients, String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clients.consumer(null),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic, DEADLINE)) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, DEADLINE);
      Map<String, ConsumerRecord<byte[], byte[]>> latest = new LinkedHashMap<>();
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (!caughtUp(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end within "
              + DEADLINE.toSeconds() + " s");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          String key = record.partition() + "/" + new String(record.key(),
              StandardCharsets.UTF_8);
          latest.remove(key);
          if (record.value() != null) {
            latest.put(key, record);
          }
        }
      }
      return new ArrayList<>(latest.values());
    }
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    Set<TopicPartition> partitions = end.keySet();
    Map<TopicPartition, Long> at = new HashMap<>();
    for (TopicPartition partition : partitions) {
      at.put(partition, consumer.position(partition, DEADLINE));
    }
    return partitions.stream().allMatch(p -> at.get(p) >= end.get(p));
  }
}
