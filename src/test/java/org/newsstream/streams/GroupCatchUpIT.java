package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsstream.testing.KafkaBrokerInfo;
import org.newsstream.testing.RealKafka;

@ExtendWith(RealKafka.class)
class GroupCatchUpIT {

  @Test
  void a_partition_assigned_to_the_group_but_never_committed_on_is_work_not_done(
      KafkaBrokerInfo broker) throws Exception {
    String topic = "catch-up-it";
    String group = "catch-up-it-group";
    try (Admin admin = Admin.create(Map.<String, Object>of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
      try (var producer = new KafkaProducer<>(Map.<String, Object>of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>(topic, 0, "k", "first")).get();
        producer.send(new ProducerRecord<>(topic, 1, "k", "second")).get();
      }
      try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
          ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
          ConsumerConfig.GROUP_ID_CONFIG, group,
          ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
          ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
          new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of(topic));
        await("both partitions assigned").atMost(Duration.ofSeconds(30))
            .until(() -> {
              consumer.poll(Duration.ofMillis(200));
              return consumer.assignment().size() == 2;
            });
        // Commit on partition 0 only: partition 1 holds a record nobody has committed past.
        consumer.commitSync(Map.of(new TopicPartition(topic, 0),
            new OffsetAndMetadata(1)));

        assertThat(GroupCatchUp.caughtUp(admin, group))
            .as("partition 1 was never committed on").isFalse();

        consumer.commitSync(Map.of(new TopicPartition(topic, 1),
            new OffsetAndMetadata(1)));
        assertThat(GroupCatchUp.caughtUp(admin, group)).isTrue();
      }
    }
  }
}
