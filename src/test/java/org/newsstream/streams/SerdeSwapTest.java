package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.Annotation;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.serde.AvroSerde;
import org.newsstream.testing.TopologyDrivers;

/**
 * The README's promise: another wire format (a schema registry's serde) is a change to
 * {@link Topics} alone. Here a stand-in format, Avro behind a one-byte header of its own, replaces
 * single-object encoding, and the enrichment topology reads and writes it unchanged.
 */
class SerdeSwapTest {
  private static final byte HEADER = 0x7f;

  @TempDir Path stateDir;

  /** Avro single-object encoding behind one more byte, as a registry's format has a header. */
  private static <T extends SpecificRecord> Serde<T> headered(Class<T> type) {
    AvroSerde<T> avro = AvroSerde.of(type);
    Serializer<T> serializer = (topic, record) -> {
      if (record == null) {
        return null;
      }
      byte[] body = avro.encode(record);
      byte[] framed = new byte[body.length + 1];
      framed[0] = HEADER;
      System.arraycopy(body, 0, framed, 1, body.length);
      return framed;
    };
    Deserializer<T> deserializer = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      if (bytes.length == 0 || bytes[0] != HEADER) {
        throw new SerializationException("no header");
      }
      return avro.decode(Arrays.copyOfRange(bytes, 1, bytes.length));
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  @Test
  void the_enrichment_topology_reads_and_writes_the_format_topics_gives_it() {
    Topics topics = new Topics(TopicNames.defaults(), SerdeSwapTest::headered);
    try (TopologyTestDriver driver = new TopologyTestDriver(EnrichmentTopology.build(topics,
        (text, memory) -> new Annotation(List.of(), new Sentiment(0.0, "neutral"), List.of(),
            List.of(), false), 10_000, Clock.fixed(T0, ZoneOffset.UTC)),
        TopologyDrivers.props(stateDir), T0)) {
      TestInputTopic<String, Paragraph> paragraphs = driver.createInputTopic(
          topics.paragraphs.name(), Serdes.String().serializer(),
          topics.paragraphs.valueSerde().serializer());
      TestOutputTopic<String, EnrichedParagraph> enriched = driver.createOutputTopic(
          topics.enriched.name(), Serdes.String().deserializer(),
          topics.enriched.valueSerde().deserializer());
      TestOutputTopic<String, byte[]> deadLetters = driver.createOutputTopic(
          topics.deadLetter.name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());

      paragraphs.pipeInput("a1", Paragraph.newBuilder().setArticleId("a1").setIndex(0)
          .setText("Kyiv says so.").setPublishedAt(T0).build());

      assertThat(deadLetters.isEmpty()).as("nothing dead-lettered").isTrue();
      assertThat(enriched.readValue().getParagraph().getText()).isEqualTo("Kyiv says so.");
    }
  }
}
