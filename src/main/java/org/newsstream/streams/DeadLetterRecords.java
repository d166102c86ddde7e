package org.newsstream.streams;

import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.newsstream.schema.DeadLetter;
import org.newsstream.serde.AvroSerde;

/**
 * Turns a record that failed inside Kafka Streams (undecodable, thrown on, unwritable) into a
 * dead-letter record for the exception handlers to hand back to Streams, which writes it in the
 * same transaction as the task's other output. Kafka Streams instantiates the handlers by class
 * name, so the topic travels in the Streams properties under {@link #TOPIC_CONFIG}.
 */
final class DeadLetterRecords {
  static final String TOPIC_CONFIG = "newsstream.dead.letter.topic";
  /** The dead-letter topic's value serializer (from {@code Topics}); Avro when not given. */
  static final String SERIALIZER_CONFIG = "newsstream.dead.letter.serializer";

  private final String topic;
  private final Serializer<DeadLetter> serializer;
  private final Clock clock;

  DeadLetterRecords(String topic, Serializer<DeadLetter> serializer, Clock clock) {
    this.topic = topic;
    this.serializer = serializer;
    this.clock = clock;
  }

  static DeadLetterRecords configured(Map<String, ?> configs) {
    Object topic = configs.get(TOPIC_CONFIG);
    if (topic == null || topic.toString().isBlank()) {
      throw new ConfigException(TOPIC_CONFIG + " must name the dead-letter topic");
    }
    @SuppressWarnings("unchecked")
    Serializer<DeadLetter> serializer = configs.get(SERIALIZER_CONFIG) instanceof Serializer<?> given
        ? (Serializer<DeadLetter>) given : AvroSerde.of(DeadLetter.class).serializer();
    return new DeadLetterRecords(topic.toString(), serializer, Clock.systemUTC());
  }

  /** A letter that keeps the source record's bytes (capped) and says why it failed. */
  ProducerRecord<byte[], byte[]> forSource(ErrorHandlerContext context, byte[] key, byte[] value,
      String reason, Exception cause) {
    return record(key, DeadLetters.of(context.topic(), context.partition(), context.offset(), key,
        value, reason, cause, clock.instant()));
  }

  /** A letter for output computed from the source record that the producer would not take. */
  ProducerRecord<byte[], byte[]> forUnwritable(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> failed, Exception cause) {
    return record(context.sourceRawKey(), DeadLetters.unwritable(context.topic(),
        context.partition(), context.offset(), failed.topic(), failed.value(), cause,
        clock.instant()));
  }

  private ProducerRecord<byte[], byte[]> record(byte[] key, DeadLetter letter) {
    String letterKey = DeadLetters.keyOf(key);
    return new ProducerRecord<>(topic, letterKey == null ? null
        : letterKey.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        serializer.serialize(topic, letter));
  }
}
