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
 */
public final class TopicTail implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TopicTail.class);
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Route> routes;
  private final Thread thread;
  private volatile boolean stopping;

  private record Route(int history, Consumer<ConsumerRecord<String, byte[]>> handler) {}

  private TopicTail(Properties consumerProps, Map<String, Route> routes) {
    this.consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
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
      assignFromRecentHistory();
      while (!stopping) {
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
    } catch (RuntimeException e) {
      log.error("the monitoring consumer stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void assignFromRecentHistory() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : routes.keySet()) {
      consumer.partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    for (TopicPartition p : partitions) {
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
