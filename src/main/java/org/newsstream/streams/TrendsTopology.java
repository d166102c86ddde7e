package org.newsstream.streams;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.newsstream.common.EntityKeys;
import org.newsstream.config.SpikeSettings;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.EntityBaseline;

/**
 * {@code news.enriched → mentions per entity id in event-time hopping windows → spike
 * alerts → news.alerts}. Counts live in the queryable window store {@value #MENTIONS_STORE}
 * ("top entities now", see {@link TopEntities}); each closed window is compared with the entity's
 * own baseline, kept in {@value #BASELINES_STORE}. Syndicated copies are skipped: twenty outlets
 * running one wire story is one story, not a spike.
 */
public final class TrendsTopology {
  public static final String MENTIONS_STORE = "entity-mentions";
  public static final String BASELINES_STORE = "entity-baselines";

  private TrendsTopology() {}

  /** Trends alone, reading {@code news.enriched}. */
  public static Topology build(Topics topics, SpikeSettings settings) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, topics, settings,
        builder.stream(topics.enriched.name(), topics.enriched.consumed("enriched-source")), 0);
    return builder.build();
  }

  /**
   * Adds mention counting and spike detection on {@code enriched} to {@code builder}.
   *
   * @param partitions partitions of the mentions' topic; 0: as many as {@code enriched}'s
   */
  static void addTo(StreamsBuilder builder, Topics topics, SpikeSettings settings,
      KStream<String, EnrichedParagraph> enriched, int partitions) {
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(BASELINES_STORE), Serdes.String(),
        topics.serde(EntityBaseline.class)));
    // The store outlives closed windows so "top entities" can look back an hour.
    Duration retention = max(settings.window().plus(settings.grace()), Duration.ofHours(1));
    enriched
        .filter((articleId, paragraph) -> paragraph != null && paragraph.getDuplicateOf() == null,
            Named.as("skip-duplicates"))
        .flatMap((articleId, paragraph) -> mentions(paragraph), Named.as("mentions-by-entity"))
        .repartition(Repartitions.of(Repartitioned.with(Serdes.String(), Serdes.String())
            .withName("entity-mentions"), partitions))
        .groupByKey(Grouped.with(Serdes.String(), Serdes.String()))
        .windowedBy(TimeWindows.ofSizeAndGrace(settings.window(), settings.grace())
            .advanceBy(settings.advance()))
        .count(Named.as("count-mentions"),
            Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(MENTIONS_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.Long())
                .withRetention(retention))
        .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded())
            .withName("closed-mention-windows"))
        .toStream(Named.as("closed-windows"))
        .process(() -> new SpikeProcessor(settings, topics.alerts.name()),
            Named.as("detect-spikes"), BASELINES_STORE)
        .to(topics.alerts.name(), topics.alerts.produced("spike-alerts-sink"));
  }

  /**
   * One record per entity mention, keyed by entity id ("U.S." and "America" are one
   * wikipedia:United_States; the display name of a record without ids), valued by article id.
   */
  private static List<KeyValue<String, String>> mentions(EnrichedParagraph enriched) {
    String articleId = enriched.getParagraph().getArticleId();
    return enriched.getEntities().stream()
        .map(EntityKeys::of)
        .map(key -> KeyValue.pair(key, articleId))
        .toList();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
