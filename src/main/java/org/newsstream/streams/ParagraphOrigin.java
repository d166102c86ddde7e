package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Where a re-keyed paragraph was first read, carried in headers through the
 * {@value ArticleKeys#REPARTITION} hop, so that its dead letter still points at the record a
 * replay must re-send (the source topic, partition, offset and original key), not at the hop.
 */
final class ParagraphOrigin {
  private static final String TOPIC = "newsstream.origin.topic";
  private static final String PARTITION = "newsstream.origin.partition";
  private static final String OFFSET = "newsstream.origin.offset";
  private static final String KEY = "newsstream.origin.key";

  private ParagraphOrigin() {}

  static Headers stamp(Headers headers, RecordMetadata origin, byte[] key) {
    Headers stamped = new RecordHeaders(headers.toArray());
    stamped.add(TOPIC, origin.topic().getBytes(StandardCharsets.UTF_8));
    stamped.add(PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(origin.partition()).array());
    stamped.add(OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(origin.offset()).array());
    if (key != null) {
      stamped.add(KEY, key);
    }
    return stamped;
  }

  /** The origin stamped on a record read from the hop; empty for a record read from the source. */
  static Optional<RecordMetadata> of(RecordMetadata current, Headers headers) {
    if (current == null || !current.topic().endsWith(ArticleKeys.REPARTITION + "-repartition")
        || headers.lastHeader(TOPIC) == null) {
      return Optional.empty();
    }
    String topic = new String(headers.lastHeader(TOPIC).value(), StandardCharsets.UTF_8);
    int partition = ByteBuffer.wrap(headers.lastHeader(PARTITION).value()).getInt();
    long offset = ByteBuffer.wrap(headers.lastHeader(OFFSET).value()).getLong();
    return Optional.of(new Stamped(topic, partition, offset));
  }

  /** The key the record had on its source topic (null if it had none). */
  static byte[] key(Headers headers) {
    Header key = headers.lastHeader(KEY);
    return key == null ? null : key.value();
  }

  private record Stamped(String topic, int partition, long offset) implements RecordMetadata {}
}
