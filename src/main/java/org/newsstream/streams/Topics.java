package org.newsstream.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.serde.AvroSerde;

/**
 * The typed topic registry. Every topic carries Avro single-object encoding; keys are article ids
 * (or rule ids) as UTF-8 strings.
 */
public final class Topics {
  public final Topic<String, Paragraph> paragraphs;
  /** The same topic read as raw bytes, so that a record that is not valid Avro can be dead-lettered intact. */
  public final Topic<byte[], byte[]> paragraphsRaw;
  public final Topic<String, EnrichedParagraph> enriched;
  public final Topic<String, Alert> alerts;
  public final Topic<String, DeadLetter> deadLetter;
  public final Topic<String, AlertRule> alertRules;
  /** Compacted: the latest summary of each article, keyed by article id. */
  public final Topic<String, ArticleSummary> articles;
  private final TopicNames names;

  public Topics(TopicNames names) {
    this.names = names;
    paragraphs = new Topic<>(names.paragraphs(), Serdes.String(), AvroSerde.of(Paragraph.class));
    paragraphsRaw = new Topic<>(names.paragraphs(), Serdes.ByteArray(), Serdes.ByteArray());
    enriched =
        new Topic<>(names.enriched(), Serdes.String(), AvroSerde.of(EnrichedParagraph.class));
    alerts = new Topic<>(names.alerts(), Serdes.String(), AvroSerde.of(Alert.class));
    deadLetter = new Topic<>(names.deadLetter(), Serdes.String(), AvroSerde.of(DeadLetter.class));
    alertRules = new Topic<>(names.alertRules(), Serdes.String(), AvroSerde.of(AlertRule.class));
    articles = new Topic<>(names.articles(), Serdes.String(), AvroSerde.of(ArticleSummary.class));
  }

  public TopicNames names() {
    return names;
  }
}
