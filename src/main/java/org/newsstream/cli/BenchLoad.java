package org.newsstream.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsstream.app.NewsstreamServer;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.streams.Topics;

/**
 * The benchmark's load through Kafka: publishes articles at a rate and reads what comes out on
 * the enriched and alert topics, timing each record from the moment its paragraph was sent.
 */
final class BenchLoad {
  private BenchLoad() {}

  /** Reads the enriched and the alerts topic, from their ends, read_committed. */
  static KafkaConsumer<String, byte[]> outputConsumer(
      NewsstreamServer running, Topics topics) {
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
        running.clients().consumer(null), topics.enriched.keySerde().deserializer(),
        new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(topics.enriched.name(), topics.alerts.name())) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  static void publish(NewsstreamServer running, Topics topics, List<Article> articles,
      int rate, Map<String, Instant> sentAt) {
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
        running.clients().producer(), topics.paragraphs.keySerde().serializer(),
        topics.paragraphs.valueSerde().serializer())) {
      long start = System.nanoTime();
      int sent = 0;
      for (Article article : articles) {
        for (Paragraph paragraph : ParagraphPublisher.paragraphs(article, "bench", null, Instant.now())) {
          if (rate > 0) {
            long due = start + (long) (sent * 1e9 / rate);
            while (System.nanoTime() < due) {
              java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
            }
          }
          // Stamp the moment of sending, not of building, so latency excludes our own pacing.
          paragraph.setPublishedAt(Instant.now());
          sentAt.put(paragraph.getArticleId() + "/" + paragraph.getIndex(),
              paragraph.getPublishedAt());
          producer.send(new ProducerRecord<>(topics.paragraphs.name(), paragraph.getArticleId(),
              paragraph));
          sent++;
        }
      }
      producer.flush();
    }
  }

  /** What came out: per paragraph and per alert, milliseconds since its paragraph was sent. */
  record Measured(long[] visible, long[] enriched, long[] alerted, long lastEnriched) {}

  /**
   * @param onAllEnriched run once, as soon as the last paragraph is read (before the few seconds
   *     spent waiting for stray alerts), so that CPU meters stop with the work they measure
   */
  static Measured collect(KafkaConsumer<String, byte[]> consumer, Topics topics,
      int expected, Map<String, Instant> sent, Duration limit, Runnable onAllEnriched) {
    var enrichedDecoder = topics.enriched.valueSerde().deserializer();
    var alertDecoder = topics.alerts.valueSerde().deserializer();
    List<Long> latencies = new ArrayList<>(expected);
    List<Long> enrichment = new ArrayList<>(expected);
    List<Long> alerts = new ArrayList<>();
    long deadline = System.nanoTime() + limit.toNanos();
    long lastProgress = System.nanoTime();
    long lastEnriched = System.nanoTime();
    // Alerts trail their paragraph by a hop: keep reading a little after the last paragraph.
    long alertsUntil = Long.MAX_VALUE;
    while (latencies.size() < expected || System.nanoTime() < alertsUntil) {
      if (System.nanoTime() > deadline) {
        throw new UserException("only " + latencies.size() + " of " + expected
            + " paragraphs came out within " + limit.toMinutes() + " min");
      }
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        Instant now = Instant.now();
        if (record.topic().equals(topics.enriched.name())) {
          EnrichedParagraph value = enrichedDecoder.deserialize(record.topic(), record.value());
          Instant published = value.getParagraph().getPublishedAt();
          latencies.add(Duration.between(published, now).toMillis());
          enrichment.add(Duration.between(published, value.getEnrichedAt()).toMillis());
          lastEnriched = System.nanoTime();
        } else {
          Alert alert = alertDecoder.deserialize(record.topic(), record.value());
          Instant published = sent.get(alert.getArticleId() + "/" + alert.getParagraphIndex());
          if (published != null && !alert.getThrottleRelease()) {
            alerts.add(Duration.between(published, now).toMillis());
          }
        }
      }
      if (latencies.size() >= expected && alertsUntil == Long.MAX_VALUE) {
        onAllEnriched.run();
        alertsUntil = System.nanoTime() + (sent.isEmpty() ? 0 : 3_000_000_000L);
      }
      if (System.nanoTime() - lastProgress > 5_000_000_000L) {
        Console.progress(latencies.size() + " of " + expected + " paragraphs enriched");
        lastProgress = System.nanoTime();
      }
    }
    return new Measured(latencies.stream().mapToLong(Long::longValue).toArray(),
        enrichment.stream().mapToLong(Long::longValue).toArray(),
        alerts.stream().mapToLong(Long::longValue).toArray(), lastEnriched);
  }
}
