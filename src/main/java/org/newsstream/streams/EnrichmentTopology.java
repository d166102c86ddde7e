package org.newsstream.streams;

import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.ParagraphIntake;
import org.newsstream.schema.ArticleState;
import org.newsstream.schema.Paragraph;
import org.newsstream.serde.AvroSerde;

/**
 * {@code news.paragraphs → enrich → news.enriched}, with every bad record to {@code news.deadletter}.
 * Paragraphs are keyed by article id, so one article's paragraphs arrive in order on one partition
 * and its memory of names lives in one store.
 */
public final class EnrichmentTopology {
  public static final String SOURCE = "paragraphs-source";
  public static final String ENRICH = "enrich-paragraph";
  public static final String ENRICHED_SINK = "enriched-sink";
  public static final String DEAD_LETTER_SINK = "deadletter-sink";
  public static final String ARTICLE_STORE = "article-state";

  private EnrichmentTopology() {}

  public static Topology build(
      Topics topics, ParagraphEnricher enricher, int maxParagraphChars, Clock clock) {
    ParagraphIntake intake = new ParagraphIntake(AvroSerde.of(Paragraph.class), maxParagraphChars);
    Topology topology = new Topology();
    topology.addSource(SOURCE, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(),
        topics.paragraphsRaw.name());
    topology.addProcessor(ENRICH, () -> new EnrichProcessor(intake, enricher, clock), SOURCE);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_STORE),
            Serdes.String(), AvroSerde.of(ArticleState.class)),
        ENRICH);
    topology.addSink(ENRICHED_SINK, topics.enriched.name(), topics.enriched.keySerde().serializer(),
        topics.enriched.valueSerde().serializer(), ENRICH);
    topology.addSink(DEAD_LETTER_SINK, topics.deadLetter.name(),
        topics.deadLetter.keySerde().serializer(), topics.deadLetter.valueSerde().serializer(),
        ENRICH);
    return topology;
  }
}
