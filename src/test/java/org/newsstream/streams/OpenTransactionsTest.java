package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A transaction open for longer than any producer may keep one is reported as hanging. */
class OpenTransactionsTest {
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static final TopicPartition P2 = new TopicPartition("news.paragraphs", 2);

  private static ProducerState producer(long id, Long txnStart, Instant lastWrite) {
    return new ProducerState(id, 3, 17, lastWrite.toEpochMilli(), OptionalInt.of(0),
        txnStart == null ? OptionalLong.empty() : OptionalLong.of(txnStart));
  }

  @Test
  void an_old_open_transaction_is_hanging_and_a_recent_or_closed_one_is_not() {
    var found = OpenTransactions.hanging(Map.of(P2, List.of(
        producer(1, 4_211L, NOW.minus(Duration.ofMinutes(62))),
        producer(2, 5_000L, NOW.minus(Duration.ofSeconds(20))),
        producer(3, null, NOW.minus(Duration.ofHours(5))))), NOW, OpenTransactions.HANGING_AFTER);

    assertThat(found).extracting(OpenTransactions.Open::producerId).containsExactly(1L);
    assertThat(found.get(0).describe(NOW)).isEqualTo("news.paragraphs-2: producer 1 (epoch 3) has"
        + " had a transaction open since offset 4211, last written 62 min ago");
  }
}
