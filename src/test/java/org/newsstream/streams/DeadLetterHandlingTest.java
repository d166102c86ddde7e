package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.schema.DeadLetter;
import org.newsstream.serde.AvroSerde;

/**
 * Every Newsstream topology runs with {@link StreamsProperties}' exception handlers: a record a
 * processor throws on ends on the dead-letter topic with why, and the records after it are
 * processed as usual (no thread failure, no crash loop). Undecodable records: NeverStuckIT, as
 * TopologyTestDriver does not write a deserialization handler's dead letters.
 */
class DeadLetterHandlingTest {
  @TempDir Path dir;

  private Properties props() {
    NewsstreamConfig config = NewsstreamConfig.defaults(dir).withBootstrapServers("unused:9092");
    Properties props = StreamsProperties.of(
        config, new KafkaClients("unused:9092", config.clientConfig()), "handlers-test", 100);
    return props;
  }

  @Test
  void a_record_a_processor_throws_on_is_dead_lettered_and_the_next_one_goes_through() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("in-source"))
        .mapValues(value -> {
          if (value.equals("poison")) {
            throw new IllegalStateException("cannot digest " + value);
          }
          return value.toUpperCase();
        }, Named.as("digest"))
        .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("out-sink"));
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props())) {
      TestInputTopic<String, String> in =
          driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
      TestOutputTopic<String, String> out = driver.createOutputTopic(
          "out", Serdes.String().deserializer(), Serdes.String().deserializer());
      TestOutputTopic<String, byte[]> letters = driver.createOutputTopic("news.deadletter",
          Serdes.String().deserializer(), Serdes.ByteArray().deserializer());

      in.pipeInput("a1", "poison");
      in.pipeInput("a2", "fine");

      assertThat(out.readValuesToList()).containsExactly("FINE");
      var letter = letters.readRecord();
      assertThat(letter.key()).isEqualTo("a1");
      DeadLetter decoded = AvroSerde.of(DeadLetter.class).decode(letter.value());
      assertThat(decoded.getReason()).isEqualTo("processor digest failed");
      assertThat(decoded.getError()).contains("IllegalStateException: cannot digest poison");
      assertThat(decoded.getSourceTopic()).isEqualTo("in");
      assertThat(decoded.getOffset()).isZero();
      assertThat(StandardCharsets.UTF_8.decode(decoded.getValue()).toString()).isEqualTo("poison");
    }
  }
}
