package org.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.kafka.Topic;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.serde.AvroSerde;
import org.newsstream.testing.CommittedRecords;
import org.newsstream.testing.ItConfigs;
import org.newsstream.testing.RealKafka;

/**
 * On a real broker: records that cannot be processed as they are (near the broker's size limit,
 * huge once decompressed, unreadable by a downstream topology) end on the dead-letter topic and
 * every good paragraph after them, on every partition, is still enriched.
 */
@ExtendWith(RealKafka.class)
class NeverStuckIT {
  @TempDir static Path dataDir;
  static NewsstreamServer server;

  @BeforeAll
  static void start() throws Exception {
    NewsstreamConfig config = ItConfigs.config("stuck", dataDir);
    ParagraphEnricher findsNothing = (text, memory) -> new Annotation(List.of(),
        Sentiment.newBuilder().setScore(0.0).setLabel("neutral").build(), List.of(), List.of(), false);
    server = NewsstreamServer.start(config, () -> findsNothing, message -> { });
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void oversized_records_are_dead_lettered_and_the_stream_goes_on() throws Exception {
    byte[] random = new byte[1_048_450];
    new Random(11).nextBytes(random);
    byte[] hugeParagraph = AvroSerde.of(Paragraph.class).encode(paragraph("huge", 0,
        "All work and no play. ".repeat(100_000)));
    assertThat(hugeParagraph.length).isGreaterThan(2_000_000);

    // As kcat would: uncompressed, just inside the broker's limit.
    produce(random, "none", "random");
    // Gzip makes 2 MB of text a small batch on the wire; the topology sees all of it.
    produce(hugeParagraph, "gzip", "huge");
    // And a record that only the downstream topologies read, and cannot decode.
    try (KafkaProducer<byte[], byte[]> producer = rawProducer("none")) {
      producer.send(new ProducerRecord<>(server.topics().enriched.name(),
          "garbage".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 1, 9, 9})).get();
    }
    for (int i = 0; i < 12; i++) {
      byte[] good = AvroSerde.of(Paragraph.class).encode(paragraph("good-" + i, 0, "Fine text " + i));
      produce(good, "none", "good-" + i);
    }

    List<EnrichedParagraph> enriched = await("the good paragraphs enriched")
        .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
        .until(() -> readAll(server.topics().enriched), list -> list.stream()
            .filter(e -> e.getParagraph().getArticleId().startsWith("good-")).count() == 12);
    assertThat(enriched).noneMatch(e -> e.getParagraph().getArticleId().equals("huge"));

    List<DeadLetter> letters = await("the bad records dead-lettered")
        .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
        .until(() -> readAll(server.topics().deadLetter), list -> list.size() >= 3);
    DeadLetter randomLetter = letters.stream()
        .filter(l -> l.getValueSize() == random.length).findFirst().orElseThrow();
    assertThat(randomLetter.getValueTruncated()).isTrue();
    assertThat(randomLetter.getSourceTopic()).isEqualTo(server.topics().paragraphs.name());
    assertThat(randomLetter.getOffset()).isGreaterThanOrEqualTo(0);
    DeadLetter hugeLetter = letters.stream()
        .filter(l -> l.getValueSize() == hugeParagraph.length).findFirst().orElseThrow();
    assertThat(hugeLetter.getReason()).contains("over the limit");
    assertThat(letters).anySatisfy(l -> {
      assertThat(l.getSourceTopic()).isEqualTo(server.topics().enriched.name());
      assertThat(l.getReason()).startsWith("undecodable record");
    });
    assertThat(server.pipeline().running()).isTrue();
  }

  private static Paragraph paragraph(String articleId, int index, String text) {
    return Paragraph.newBuilder().setArticleId(articleId).setIndex(index).setText(text)
        .setSource("test").setPublishedAt(Instant.now()).build();
  }

  private static KafkaProducer<byte[], byte[]> rawProducer(String compression) {
    Properties props = server.clients().producer();
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static void produce(byte[] value, String compression, String key) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = rawProducer(compression)) {
      producer.send(new ProducerRecord<>(server.topics().paragraphs.name(),
          key.getBytes(StandardCharsets.UTF_8), value)).get();
    }
  }

  private static <V> List<V> readAll(Topic<String, V> topic) {
    return CommittedRecords.readAll(server.clients().consumer(null), topic);
  }
}
