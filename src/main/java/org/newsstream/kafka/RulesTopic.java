package org.newsstream.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsstream.schema.AlertRule;

/**
 * The compacted rules topic seen as a table: put a rule (key = rule id), delete one (tombstone),
 * list the current ones by reading the topic to its end.
 */
public final class RulesTopic {
  private final Topic<String, AlertRule> topic;
  private final Properties producerProps;
  private final Properties consumerProps;

  public RulesTopic(Topic<String, AlertRule> topic, Properties producerProps, Properties consumerProps) {
    this.topic = topic;
    this.producerProps = producerProps;
    this.consumerProps = consumerProps;
  }

  public void put(Collection<AlertRule> rules) throws InterruptedException, ExecutionException {
    try (KafkaProducer<String, AlertRule> producer = new KafkaProducer<>(
        producerProps, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      for (AlertRule rule : rules) {
        producer.send(new ProducerRecord<>(topic.name(), rule.getId(), rule)).get();
      }
    }
  }

  public void delete(String ruleId) throws InterruptedException, ExecutionException {
    try (KafkaProducer<String, AlertRule> producer = new KafkaProducer<>(
        producerProps, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), ruleId, null)).get();
    }
  }

  /** The rules in force now, in the order they were first written. */
  public List<AlertRule> list() {
    Map<String, AlertRule> rules = new LinkedHashMap<>();
    try (KafkaConsumer<String, AlertRule> consumer = new KafkaConsumer<>(
        consumerProps, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      for (ConsumerRecord<String, AlertRule> record : TopicSnapshot.read(consumer, topic.name())) {
        if (record.value() == null) {
          rules.remove(record.key());
        } else {
          rules.put(record.key(), record.value());
        }
      }
    }
    return new ArrayList<>(rules.values());
  }
}
