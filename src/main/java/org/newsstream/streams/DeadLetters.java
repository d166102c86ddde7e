package org.newsstream.streams;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsstream.schema.DeadLetter;

/**
 * Builds dead-letter envelopes that keep the original bytes, where they came from and why.
 *
 * <p>An envelope must always be writable: a dead letter that is itself too large for the producer
 * ({@code max.request.size}, 1 MB by default) fails on every retry and stops the stream for good.
 * So the original value is kept only up to {@link #MAX_VALUE_BYTES} (the longest valid paragraph
 * fits); beyond that the letter keeps the first bytes, the full size and a SHA-256, and points at
 * the original by topic, partition and offset.
 */
public final class DeadLetters {
  /** Room for the longest paragraph the intake accepts (65,536 chars of UTF-8) and then some. */
  public static final int MAX_VALUE_BYTES = 512 * 1024;
  static final int MAX_KEY_BYTES = 8 * 1024;
  static final int MAX_TEXT_CHARS = 4 * 1024;

  private DeadLetters() {}

  public static DeadLetter of(
      RecordMetadata origin, byte[] key, byte[] value, String reason, Throwable cause, Instant now) {
    return of(origin == null ? "unknown" : origin.topic(), origin == null ? -1 : origin.partition(),
        origin == null ? -1 : origin.offset(), key, value, reason, cause, now);
  }

  /** An envelope for the record at {@code topic}/{@code partition}/{@code offset}. */
  public static DeadLetter of(String topic, int partition, long offset, byte[] key, byte[] value,
      String reason, Throwable cause, Instant now) {
    boolean keyCut = key != null && key.length > MAX_KEY_BYTES;
    boolean valueCut = value != null && value.length > MAX_VALUE_BYTES;
    return DeadLetter.newBuilder()
        .setSourceTopic(topic == null ? "unknown" : topic)
        .setPartition(partition)
        .setOffset(offset)
        .setKey(key == null ? null : ByteBuffer.wrap(keyCut ? Arrays.copyOf(key, MAX_KEY_BYTES) : key))
        .setKeyTruncated(keyCut)
        .setValue(value == null ? null
            : ByteBuffer.wrap(valueCut ? Arrays.copyOf(value, MAX_VALUE_BYTES) : value))
        .setValueTruncated(valueCut)
        .setValueSize(value == null ? -1 : value.length)
        .setValueSha256(value == null ? null : ByteBuffer.wrap(sha256(value)))
        .setReason(cap(reason))
        .setError(cause == null ? null : cap(cause.getClass().getName() + ": " + cause.getMessage()))
        .setFailedAt(now)
        .build();
  }

  /** An envelope for a record that was computed but could not be written, e.g. too large. */
  public static DeadLetter unwritable(String topic, int partition, long offset, String targetTopic,
      byte[] producedValue, Throwable cause, Instant now) {
    int size = producedValue == null ? 0 : producedValue.length;
    DeadLetter letter = of(topic, partition, offset, null, null,
        "the output record for " + targetTopic + " (" + size + " bytes) could not be written: "
            + cause.getClass().getSimpleName() + "; the source record is at " + topic + "/"
            + partition + "@" + offset, cause, now);
    letter.setValueSize(size);
    letter.setValueSha256(producedValue == null ? null : ByteBuffer.wrap(sha256(producedValue)));
    return letter;
  }

  /**
   * The dead letter's own record key: the original key as text, cut to {@link #MAX_KEY_BYTES} so
   * that an oversized key cannot make the letter unwritable.
   */
  public static String keyOf(byte[] originalKey) {
    if (originalKey == null) {
      return null;
    }
    int length = Math.min(originalKey.length, MAX_KEY_BYTES);
    return new String(originalKey, 0, length, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String cap(String text) {
    return text == null || text.length() <= MAX_TEXT_CHARS ? text
        : text.substring(0, MAX_TEXT_CHARS) + "… (" + text.length() + " chars)";
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
