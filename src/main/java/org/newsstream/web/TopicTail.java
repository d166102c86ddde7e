package org.newsstream.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.kafka.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background read_committed consumer following a few topics from their end, each handed to its
 * own handler on one thread. It joins no group and commits nothing: every instance of the
 * monitoring surface sees every record, and a restart starts again from the recent history.
 *
 * <p>A topic that does not exist yet is looked for again every few seconds and followed from its
 * beginning once it appears, so that a reader started before the writer's topic is created (an
 * upgrade, another team's topology) still sees it. The tail never creates a topic itself: a topic
 * auto-created by a reader would get the broker's defaults (not compacted, one partition) and the
 * writer's own settings would then never apply.
 */
public final class TopicTail implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TopicTail.class);
  private static final Duration LOOK_AGAIN = Duration.ofSeconds(3);
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Route> routes;
  private final Thread thread;
  private final java.util.Set<String> missing = new java.util.HashSet<>();
  private long lookedAt;
  private volatile boolean stopping;

  private record Route(int history, Consumer<ConsumerRecord<String, byte[]>> handler) {}

  private TopicTail(Properties consumerProps, Map<String, Route> routes) {
    Properties props = new Properties();
    props.putAll(consumerProps);
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    this.routes = routes;
    this.thread = new Thread(this::run, "newsstream-web-tail");
    this.thread.setDaemon(true);
  }

  /** Collects the topics to follow before {@link #start()}. */
  public static final class Builder {
    private final Map<String, Route> routes = new HashMap<>();

    /**
     * @param history records per partition to replay from before the end at start (0: only new)
     */
    public <V> Builder follow(Topic<String, V> topic, int history, Consumer<V> handler) {
      return follow(topic, history, (value, timestamp) -> handler.accept(value));
    }

    /** The same, handing on each record's timestamp with its value. */
    public <V> Builder follow(Topic<String, V> topic, int history, BiConsumer<V, Instant> handler) {
      Deserializer<V> values = topic.valueSerde().deserializer();
      routes.put(topic.name(), new Route(history, record -> handler.accept(
          values.deserialize(record.topic(), record.value()), Instant.ofEpochMilli(record.timestamp()))));
      return this;
    }

    /**
     * The same, handing on each record's key with its value; a tombstone comes as a null value.
     */
    public <V> Builder followByKey(Topic<String, V> topic, int history, BiConsumer<String, V> handler) {
      Deserializer<V> values = topic.valueSerde().deserializer();
      routes.put(topic.name(), new Route(history, record -> handler.accept(record.key(),
          record.value() == null ? null : values.deserialize(record.topic(), record.value()))));
      return this;
    }

    /** Calls {@code perRecord} for every new record of the topic, without decoding it. */
    public Builder count(String topic, Runnable perRecord) {
      routes.put(topic, new Route(0, record -> perRecord.run()));
      return this;
    }

    /** @param consumerProps read_committed consumer properties without a group id */
    public TopicTail start(Properties consumerProps) {
      TopicTail tail = new TopicTail(consumerProps, Map.copyOf(routes));
      tail.thread.start();
      return tail;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private void run() {
    try {
      missing.addAll(routes.keySet());
      lookForMissingTopics();
      while (!stopping) {
        if (!missing.isEmpty() && System.nanoTime() - lookedAt > LOOK_AGAIN.toNanos()) {
          lookForMissingTopics();
        }
        if (consumer.assignment().isEmpty()) {
          // Nothing to poll yet (a consumer without partitions refuses to); wait for a topic.
          Thread.sleep(200);
          continue;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          try {
            routes.get(record.topic()).handler().accept(record);
          } catch (RuntimeException e) {
            // One record we cannot read must not stop the dashboard; the pipeline dead-letters its own.
            log.warn("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                record.offset(), e.toString());
          }
        }
      }
    } catch (WakeupException closing) {
      // close() woke the poll: leave quietly.
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("the monitoring consumer stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Assigns the partitions of every followed topic that now exists, from its recent history. */
  private void lookForMissingTopics() {
    lookedAt = System.nanoTime();
    List<TopicPartition> found = new ArrayList<>();
    for (String topic : List.copyOf(missing)) {
      // The first look may wait for the cluster; later ones must not hold up the topics already read.
      Duration wait = consumer.assignment().isEmpty() && found.isEmpty()
          ? Duration.ofSeconds(30) : Duration.ofSeconds(2);
      List<org.apache.kafka.common.PartitionInfo> partitions;
      try {
        partitions = consumer.partitionsFor(topic, wait);
      } catch (org.apache.kafka.common.errors.TimeoutException brokerSlow) {
        // Looked for again in a few seconds; a slow answer is no reason to stop the tail.
        continue;
      }
      if (partitions == null || partitions.isEmpty()) {
        continue;
      }
      missing.remove(topic);
      partitions.forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
    }
    if (found.isEmpty()) {
      return;
    }
    // Partitions already assigned keep their positions when the assignment grows.
    List<TopicPartition> all = new ArrayList<>(consumer.assignment());
    all.addAll(found);
    consumer.assign(all);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(found);
    Map<TopicPartition, Long> end = consumer.endOffsets(found);
    for (TopicPartition p : found) {
      // Transaction markers take offsets too, so this replays at most (not exactly) `history` records.
      consumer.seek(p, Math.max(begin.get(p), end.get(p) - routes.get(p.topic()).history()));
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopping = true;
    consumer.wakeup();
    thread.join(Duration.ofSeconds(10).toMillis());
  }
}
