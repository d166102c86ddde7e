package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsstream.schema.DeadLetter;

/** Builds dead-letter envelopes that keep the original bytes, where they came from and why. */
public final class DeadLetters {
  private DeadLetters() {}

  public static DeadLetter of(
      RecordMetadata origin, byte[] key, byte[] value, String reason, Throwable cause, Instant now) {
    return DeadLetter.newBuilder()
        .setSourceTopic(origin == null ? "unknown" : origin.topic())
        .setPartition(origin == null ? -1 : origin.partition())
        .setOffset(origin == null ? -1 : origin.offset())
        .setKey(key == null ? null : ByteBuffer.wrap(key))
        .setValue(value == null ? null : ByteBuffer.wrap(value))
        .setReason(reason)
        .setError(cause == null ? null : cause.getClass().getName() + ": " + cause.getMessage())
        .setFailedAt(now)
        .build();
  }
}
