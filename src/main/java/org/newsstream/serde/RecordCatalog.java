package org.newsstream.serde;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.avro.specific.SpecificRecord;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ArticleParagraphTimes;
import org.newsstream.schema.ArticleState;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.CopyBand;
import org.newsstream.schema.EntityBaseline;
import org.newsstream.schema.ParagraphFingerprint;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.StorySummary;
import org.newsstream.schema.ThrottleState;

/**
 * Decodes a record of any Newsstream type from its bytes alone. Single-object encoding carries the
 * writer schema's fingerprint, so a generic reader (such as {@code tail}) needs no per-topic
 * configuration.
 */
public final class RecordCatalog {
  private final List<AvroSerde<? extends SpecificRecord>> serdes;

  public RecordCatalog() {
    this.serdes = List.of(
        AvroSerde.of(Paragraph.class), AvroSerde.of(EnrichedParagraph.class),
        AvroSerde.of(Alert.class), AvroSerde.of(AlertRule.class), AvroSerde.of(DeadLetter.class),
        AvroSerde.of(ArticleState.class), AvroSerde.of(ThrottleState.class),
        AvroSerde.of(ArticleSummary.class), AvroSerde.of(EntityBaseline.class),
        AvroSerde.of(ParagraphFingerprint.class), AvroSerde.of(CopyBand.class),
        AvroSerde.of(StorySummary.class), AvroSerde.of(ArticleParagraphTimes.class));
  }

  /** The decoded record, or empty when the bytes are no Newsstream record we know. */
  public Optional<SpecificRecord> decode(byte[] bytes) {
    if (bytes == null || bytes.length < 10 || bytes[0] != (byte) 0xC3 || bytes[1] != 0x01) {
      return Optional.empty();
    }
    for (AvroSerde<? extends SpecificRecord> serde : serdes) {
      try {
        return Optional.of(serde.decode(bytes));
      } catch (SerializationException wrongType) {
        // The fingerprint belongs to another type: try the next one.
      }
    }
    return Optional.empty();
  }
}
