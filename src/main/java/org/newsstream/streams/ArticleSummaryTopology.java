package org.newsstream.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.trends.ArticleSummaries;

/**
 * {@code news.enriched → per-article summary → news.articles} (compacted), materialised as the
 * queryable store {@value #SUMMARIES_STORE}. Paragraphs are already keyed by article id, so the
 * aggregation needs no repartition.
 */
public final class ArticleSummaryTopology {
  public static final String SUMMARIES_STORE = "article-summaries";

  private ArticleSummaryTopology() {}

  public static Topology build(Topics topics) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, topics);
    return builder.build();
  }

  /**
   * Adds article summaries to {@code builder}. They read {@code news.enriched} rather than take
   * the stream from enrichment: its key is already the article id there, so the aggregation needs
   * no repartition, and a summary may lag the alerts by a commit.
   */
  static void addTo(StreamsBuilder builder, Topics topics) {
    builder.stream(topics.enriched.name(), topics.enriched.consumed("enriched-source"))
        .filter((articleId, enriched) -> enriched != null && ArticleSummaries.counts(enriched),
            Named.as("skip-republished"))
        .groupByKey(Grouped.with("paragraphs-by-article", Serdes.String(),
            topics.enriched.valueSerde()))
        .aggregate(() -> null,
            (articleId, enriched, summary) -> ArticleSummaries.add(summary, enriched),
            Named.as("summarise-article"),
            Materialized.<String, ArticleSummary, KeyValueStore<Bytes, byte[]>>as(SUMMARIES_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(topics.articles.valueSerde()))
        .toStream(Named.as("summary-changes"))
        .to(topics.articles.name(), topics.articles.produced("articles-sink"));
  }
}
