package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.testing.Fixtures;
import org.newsstream.testing.KafkaBrokerInfo;
import org.newsstream.testing.RealKafka;

/** A data folder of the earlier duplicate-marking layout: its parked paragraphs go on, once. */
@ExtendWith(RealKafka.class)
class ParkedParagraphsIT {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final String APP = "parked-it";
  private static final String CHANGELOG = APP + "-" + ParkedParagraphs.OLD_CHANGELOG;
  private static final String TARGET = APP + "-" + StoryAssignment.TOPIC + "-repartition";

  @Test
  void live_parked_paragraphs_are_released_once_and_released_ones_are_not(KafkaBrokerInfo broker)
      throws Exception {
    KafkaClients clients = new KafkaClients(broker.bootstrapServers(), Optional.empty());
    try (Admin admin = Admin.create(Map.<String, Object>of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(CHANGELOG, 3, (short) 1),
          new NewTopic(TARGET, 1, (short) 1))).all().get();
    }
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(clients.producer(),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(parked(0, "a1/0", paragraph("a1", 0)));
      producer.send(parked(1, "b7/2", paragraph("b7", 2)));
      // Released by the old layout before the stop: parked, then deleted.
      producer.send(parked(2, "c9/0", paragraph("c9", 0)));
      producer.send(parked(2, "c9/0", null));
      producer.flush();
    }

    assertThat(ParkedParagraphs.release(clients, APP, TOPICS))
        .hasValueSatisfying(note -> assertThat(note).startsWith("released 2 paragraphs"));
    assertThat(ParkedParagraphs.release(clients, APP, TOPICS)).as("a second start").isEmpty();

    List<ConsumerRecord<byte[], byte[]>> released = readAll(clients, TARGET);
    assertThat(released).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
        .containsExactlyInAnyOrder("a1", "b7");
    assertThat(released).extracting(r -> TOPICS.enriched.valueSerde().deserializer()
            .deserialize(TARGET, r.value()).getParagraph().getIndex())
        .containsExactlyInAnyOrder(0, 2);
  }

  @Test
  void a_data_folder_without_the_old_layout_has_nothing_to_release(KafkaBrokerInfo broker) {
    KafkaClients clients = new KafkaClients(broker.bootstrapServers(), Optional.empty());

    assertThat(ParkedParagraphs.release(clients, "never-parked-it", TOPICS)).isEmpty();
  }

  private static ProducerRecord<byte[], byte[]> parked(int partition, String id,
      EnrichedParagraph paragraph) {
    return new ProducerRecord<>(CHANGELOG, partition, T0.toEpochMilli(),
        id.getBytes(StandardCharsets.UTF_8), paragraph == null ? null
            : TOPICS.enriched.valueSerde().serializer().serialize(CHANGELOG, paragraph));
  }

  private static EnrichedParagraph paragraph(String articleId, int index) {
    return Fixtures.paragraph(articleId, index, "Parked paragraph " + index + ".").build();
  }

  private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaClients clients, String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clients.consumer(null),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition only = new TopicPartition(topic, 0);
      consumer.assign(List.of(only));
      consumer.seekToBeginning(List.of(only));
      long end = consumer.endOffsets(List.of(only)).get(only);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (consumer.position(only) < end && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
      return records;
    }
  }
}
