package org.newsstream.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Alert;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.serde.AvroSerde;

/**
 * Reads what the pipeline committed, as a downstream service would (read_committed, from the
 * beginning), on a thread of its own that outlives broker restarts: the consumer reconnects by
 * itself and keeps its positions, so every committed record is seen exactly as often as it was
 * written.
 */
final class CommittedOutput implements AutoCloseable {
  private final Properties consumerProps;
  private final TopicNames topics;
  private final List<String> outcomes = new ArrayList<>();
  private final List<String> alertIds = new ArrayList<>();
  private final AtomicLong lastOutcomeNanos = new AtomicLong();
  /** Per outcome: when the pipeline made it (enrichedAt, failedAt) and when it was read here. */
  private final List<long[]> madeAndRead = new ArrayList<>();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final Thread thread;
  private final AvroSerde<EnrichedParagraph> enriched = AvroSerde.of(EnrichedParagraph.class);
  private final AvroSerde<DeadLetter> letters = AvroSerde.of(DeadLetter.class);
  private final AvroSerde<Paragraph> paragraphs = AvroSerde.of(Paragraph.class);
  private final AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);

  CommittedOutput(Properties consumerProps, TopicNames topics) {
    this.consumerProps = consumerProps;
    this.topics = topics;
    this.thread = new Thread(this::tail, "chaos-committed-output");
    thread.setDaemon(true);
    thread.start();
  }

  static String id(Paragraph paragraph) {
    return paragraph.getArticleId() + "#" + paragraph.getIndex();
  }

  synchronized int outcomeCount() {
    return outcomes.size();
  }

  synchronized List<String> outcomes() {
    return List.copyOf(outcomes);
  }

  synchronized List<String> alertIds() {
    return List.copyOf(alertIds);
  }

  /**
   * {@link System#nanoTime()} at which the first outcome the pipeline made at or after
   * {@code wallMillis} was read, or -1. Telling new work by when it was made, rather than by a
   * count, keeps records committed before a kill but read after the restart from passing for
   * resumed processing.
   */
  synchronized long firstReadOfMadeAfter(long wallMillis) {
    return madeAndRead.stream().filter(m -> m[0] >= wallMillis).mapToLong(m -> m[1]).min()
        .orElse(-1);
  }

  /**
   * The earliest making moment (wall-clock milliseconds) of an outcome made at or after
   * {@code wallMillis}, or -1: tells how much of a recovery went to the first enrichment and how
   * much to the hops and commits after it.
   */
  synchronized long firstMadeAfter(long wallMillis) {
    return madeAndRead.stream().mapToLong(m -> m[0]).filter(made -> made >= wallMillis).min()
        .orElse(-1);
  }

  /** {@link System#nanoTime()} of the latest enriched paragraph or dead letter read. */
  long lastOutcomeNanos() {
    return lastOutcomeNanos.get();
  }

  private void tail() {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
        consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<String> names = List.of(topics.enriched(), topics.deadLetter(), topics.alerts());
      List<TopicPartition> assigned = List.of();
      while (!stop.get()) {
        if (assigned.isEmpty()) {
          assigned = partitions(consumer, names);
          if (assigned.isEmpty()) {
            sleep();
            continue;
          }
          consumer.assign(assigned);
          consumer.seekToBeginning(assigned);
        }
        try {
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            take(record);
          }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
          return;
        } catch (RuntimeException brokerAway) {
          // The broker is being killed or restarted: the consumer reconnects on the next poll.
          sleep();
        }
      }
    }
  }

  private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> names) {
    List<TopicPartition> all = new ArrayList<>();
    try {
      for (String name : names) {
        List<PartitionInfo> infos = consumer.partitionsFor(name, Duration.ofSeconds(2));
        if (infos == null || infos.isEmpty()) {
          return List.of();
        }
        infos.forEach(p -> all.add(new TopicPartition(p.topic(), p.partition())));
      }
    } catch (RuntimeException notYet) {
      return List.of();
    }
    return all;
  }

  private synchronized void take(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return;
    }
    if (record.topic().equals(topics.enriched())) {
      EnrichedParagraph paragraph = enriched.decode(record.value());
      outcomes.add(id(paragraph.getParagraph()));
      read(paragraph.getEnrichedAt().toEpochMilli());
    } else if (record.topic().equals(topics.deadLetter())) {
      DeadLetter letter = letters.decode(record.value());
      String id;
      try {
        id = id(paragraphs.decode(bytes(letter.getValue())));
      } catch (RuntimeException notAParagraph) {
        id = "deadletter:" + letter.getSourceTopic() + "/" + letter.getPartition() + "@"
            + letter.getOffset();
      }
      outcomes.add(id);
      read(letter.getFailedAt().toEpochMilli());
    } else {
      Alert alert = alerts.decode(record.value());
      // Spike alerts depend on when windows close, not on what was published: not compared.
      if (alert.getParagraphIndex() >= 0) {
        alertIds.add(alert.getId());
      }
    }
  }

  private void read(long madeAtMillis) {
    long now = System.nanoTime();
    lastOutcomeNanos.set(now);
    madeAndRead.add(new long[] {madeAtMillis, now});
  }

  private static byte[] bytes(java.nio.ByteBuffer buffer) {
    if (buffer == null) {
      return new byte[0];
    }
    java.nio.ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop.set(true);
    thread.join(5_000);
  }
}
