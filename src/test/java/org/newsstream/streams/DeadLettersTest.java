package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.DeadLetter;
import org.newsstream.serde.AvroSerde;

/** A dead letter is always small enough to write, and still says what it stands for. */
class DeadLettersTest {
  private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
  /** The producer's default max.request.size: a letter over it could never be written. */
  private static final int PRODUCER_LIMIT = 1024 * 1024;

  @Test
  void a_small_original_is_kept_whole_with_its_size_and_hash() {
    byte[] value = "not avro".getBytes();
    DeadLetter letter = DeadLetters.of("news.paragraphs", 2, 41, "k".getBytes(), value,
        "not a Paragraph", null, NOW);
    assertThat(letter.getValueTruncated()).isFalse();
    assertThat(letter.getValue()).isEqualTo(ByteBuffer.wrap(value));
    assertThat(letter.getValueSize()).isEqualTo(value.length);
    assertThat(letter.getValueSha256()).isEqualTo(ByteBuffer.wrap(DeadLetters.sha256(value)));
  }

  @Test
  void an_original_near_the_broker_limit_is_cut_but_its_letter_fits_the_producer_limit() {
    byte[] value = new byte[1_048_450];
    new Random(7).nextBytes(value);
    byte[] key = new byte[900_000];
    DeadLetter letter = DeadLetters.of("news.paragraphs", 2, 41, key, value,
        "x".repeat(2_000_000), new IllegalStateException("y".repeat(2_000_000)), NOW);

    assertThat(letter.getValueTruncated()).isTrue();
    assertThat(letter.getKeyTruncated()).isTrue();
    assertThat(letter.getValueSize()).isEqualTo(1_048_450);
    assertThat(letter.getValueSha256()).isEqualTo(ByteBuffer.wrap(DeadLetters.sha256(value)));
    assertThat(letter.getValue().remaining()).isEqualTo(DeadLetters.MAX_VALUE_BYTES);
    assertThat(letter.getPartition()).isEqualTo(2);
    assertThat(letter.getOffset()).isEqualTo(41);
    int encoded = AvroSerde.of(DeadLetter.class).encode(letter).length;
    int letterKey = DeadLetters.keyOf(key).getBytes().length;
    assertThat(encoded + letterKey).isLessThan(PRODUCER_LIMIT - 16 * 1024);
  }

  @Test
  void an_unwritable_output_leaves_a_letter_pointing_at_its_source() {
    byte[] produced = new byte[3_000_000];
    DeadLetter letter = DeadLetters.unwritable("news.enriched", 1, 7, "news.alerts", produced,
        new org.apache.kafka.common.errors.RecordTooLargeException("too big"), NOW);
    assertThat(letter.getValue()).isNull();
    assertThat(letter.getValueSize()).isEqualTo(3_000_000);
    assertThat(letter.getReason()).contains("news.alerts").contains("news.enriched/1@7");
  }
}
