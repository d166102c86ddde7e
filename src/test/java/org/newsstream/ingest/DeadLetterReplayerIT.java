package org.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsstream.config.KafkaClients;
import org.newsstream.kafka.Topic;
import org.newsstream.schema.DeadLetter;
import org.newsstream.serde.AvroSerde;
import org.newsstream.testing.RealKafka;

/** Dead letters go back to their source topic byte for byte, selected by reason. */
@ExtendWith(RealKafka.class)
class DeadLetterReplayerIT {
  private static final String SOURCE = "replay-it.paragraphs";
  private final KafkaClients clients = new KafkaClients(RealKafka.bootstrapServers(), Optional.empty());
  private final Topic<String, DeadLetter> deadLetters =
      new Topic<>("replay-it.deadletter", Serdes.String(), AvroSerde.of(DeadLetter.class));

  private static DeadLetter letter(String key, String value, String reason) {
    return DeadLetter.newBuilder().setSourceTopic(SOURCE).setPartition(0).setOffset(7)
        .setKey(ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)))
        .setValue(ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)))
        .setReason(reason).setFailedAt(Instant.EPOCH).build();
  }

  @Test
  void the_selected_dead_letters_return_to_their_source_topic_unchanged() throws Exception {
    try (Admin admin = Admin.create(clients.admin())) {
      admin.createTopics(List.of(new NewTopic(deadLetters.name(), 1, (short) 1),
          new NewTopic(SOURCE, 1, (short) 1))).all().get();
    }
    try (KafkaProducer<String, DeadLetter> producer = new KafkaProducer<>(clients.producer(),
        deadLetters.keySerde().serializer(), deadLetters.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(deadLetters.name(), "a1",
          letter("a1", "original bytes one", "enrichment failed"))).get();
      producer.send(new ProducerRecord<>(deadLetters.name(), "a2",
          letter("a2", "original bytes two", "paragraph text is empty"))).get();
    }
    DeadLetterReplayer replayer =
        new DeadLetterReplayer(deadLetters, clients.consumer(null), clients.producer());

    List<DeadLetter> all = replayer.read();
    List<DeadLetter> failed = all.stream()
        .filter(DeadLetterReplayer.reasonContains("ENRICHMENT")).toList();
    int sent = replayer.replay(failed);

    assertThat(all).hasSize(2);
    assertThat(sent).isEqualTo(1);
    List<ConsumerRecord<byte[], byte[]>> replayed = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clients.consumer(null),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(new TopicPartition(SOURCE, 0)));
      consumer.seekToBeginning(consumer.assignment());
      await("the replayed record on the source topic").atMost(Duration.ofSeconds(30))
          .until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(replayed::add);
            return !replayed.isEmpty();
          });
    }
    assertThat(replayed).singleElement().satisfies(record -> {
      assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("a1");
      assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("original bytes one");
    });
    assertThat(replayer.read()).as("the dead letters stay as the record of what failed").hasSize(2);
  }
}
