package org.newsstream.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Paragraph;
import org.newsstream.serde.AvroSerde;

/** The chaos runs' own clients: a patient publisher and a read_committed reader's settings. */
final class ChaosKafka {
  private final KafkaClients clients;

  ChaosKafka(String bootstrap) {
    this.clients = new KafkaClients(bootstrap, Optional.empty());
  }

  /**
   * The reader's own reconnect and fetch waits are kept short, so that recovery time measures the
   * pipeline and not how long the reader backs off from a broker that was away.
   */
  Properties consumerProps() {
    Properties props = clients.consumer(null);
    props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 100);
    props.put(ConsumerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 100);
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    return props;
  }

  /**
   * Idempotent, and patient: it keeps its records through the broker's restarts (the broker stops
   * with the process being killed) and the broker drops any resent duplicate.
   */
  KafkaProducer<String, Paragraph> producer() {
    Properties props = clients.producer();
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    return new KafkaProducer<>(props, new StringSerializer(),
        AvroSerde.of(Paragraph.class).serializer());
  }

  static void publish(KafkaProducer<String, Paragraph> producer, List<Paragraph> batch)
      throws InterruptedException {
    List<Future<?>> acks = new ArrayList<>();
    for (Paragraph p : batch) {
      acks.add(producer.send(new ProducerRecord<>(TopicNames.defaults().paragraphs(),
          p.getArticleId(), p)));
    }
    producer.flush();
    for (Future<?> ack : acks) {
      try {
        ack.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("could not publish: " + e.getCause().getMessage(), e);
      }
    }
  }
}
