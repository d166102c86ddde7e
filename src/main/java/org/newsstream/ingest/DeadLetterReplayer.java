package org.newsstream.ingest;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsstream.kafka.Topic;
import org.newsstream.kafka.TopicSnapshot;
import org.newsstream.schema.DeadLetter;

/**
 * Sends dead letters back to the topic they came from, byte for byte, once whatever rejected them
 * has been fixed (a model that threw, a size limit raised). The dead-letter topic is left as it
 * is: it stays the record of what failed.
 */
public final class DeadLetterReplayer {
  private final Topic<String, DeadLetter> deadLetters;
  private final Properties consumerProps;
  private final Properties producerProps;

  public DeadLetterReplayer(
      Topic<String, DeadLetter> deadLetters, Properties consumerProps, Properties producerProps) {
    this.deadLetters = deadLetters;
    this.consumerProps = consumerProps;
    this.producerProps = producerProps;
  }

  /** Dead letters whose reason contains {@code text}, case-insensitively; all for null. */
  public static Predicate<DeadLetter> reasonContains(String text) {
    if (text == null) {
      return letter -> true;
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    return letter -> letter.getReason().toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** Every dead letter now on the topic, oldest first per partition. */
  public List<DeadLetter> read() {
    List<DeadLetter> letters = new ArrayList<>();
    try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(consumerProps,
        deadLetters.keySerde().deserializer(), deadLetters.valueSerde().deserializer())) {
      for (ConsumerRecord<String, DeadLetter> record
          : TopicSnapshot.read(consumer, deadLetters.name())) {
        if (record.value() != null) {
          letters.add(record.value());
        }
      }
    }
    return letters;
  }

  /** Whether a letter still holds its original whole; a cut one cannot be sent back. */
  public static boolean replayable(DeadLetter letter) {
    return !letter.getValueTruncated() && !letter.getKeyTruncated();
  }

  /**
   * Re-produces the selected letters' original key and value; returns how many were sent. Letters
   * that hold only the first bytes of an oversized original are skipped (see {@link #replayable}).
   */
  public int replay(List<DeadLetter> letters) throws InterruptedException, ExecutionException {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
        producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (DeadLetter letter : letters.stream().filter(DeadLetterReplayer::replayable).toList()) {
        acks.add(producer.send(new ProducerRecord<>(
            letter.getSourceTopic(), bytes(letter.getKey()), bytes(letter.getValue()))));
      }
      producer.flush();
      for (Future<RecordMetadata> ack : acks) {
        ack.get();
      }
    }
    return acks.size();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
