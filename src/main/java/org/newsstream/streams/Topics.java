package org.newsstream.streams;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.newsstream.config.TopicNames;
import org.newsstream.kafka.Topic;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.StorySummary;
import org.newsstream.serde.AvroSerde;

/**
 * The typed topic registry, and the one place that says how records are encoded: every topology
 * takes its serdes, for topics and stores, from here. By default values are Avro single-object
 * encoding; keys are article ids (or rule or alert ids) as UTF-8 strings.
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
  /** Compacted: the latest summary of each story, keyed by story id; a tombstone once it expires. */
  public final Topic<String, StorySummary> stories;
  private final TopicNames names;
  private final RecordSerdes serdes;

  public Topics(TopicNames names) {
    this(names, AvroSerde::of);
  }

  /** @param serdes the wire format of every record, on these topics and in every store */
  public Topics(TopicNames names, RecordSerdes serdes) {
    this.names = names;
    this.serdes = serdes;
    paragraphs = new Topic<>(names.paragraphs(), Serdes.String(), serdes.of(Paragraph.class));
    paragraphsRaw = new Topic<>(names.paragraphs(), Serdes.ByteArray(), Serdes.ByteArray());
    enriched = new Topic<>(names.enriched(), Serdes.String(), serdes.of(EnrichedParagraph.class));
    alerts = new Topic<>(names.alerts(), Serdes.String(), serdes.of(Alert.class));
    deadLetter = new Topic<>(names.deadLetter(), Serdes.String(), serdes.of(DeadLetter.class));
    alertRules = new Topic<>(names.alertRules(), Serdes.String(), serdes.of(AlertRule.class));
    articles = new Topic<>(names.articles(), Serdes.String(), serdes.of(ArticleSummary.class));
    stories = new Topic<>(names.stories(), Serdes.String(), serdes.of(StorySummary.class));
  }

  /** The serde of a record kept in a store or sent through a repartition topic. */
  public <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
    return serdes.of(type);
  }

  public TopicNames names() {
    return names;
  }
}
