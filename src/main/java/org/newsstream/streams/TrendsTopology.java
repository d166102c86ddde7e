package org.newsstream.streams;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.config.SpikeSettings;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.EntityBaseline;

/**
 * {@code news.enriched → mentions per entity id in event-time hopping windows → spike
 * alerts → news.alerts}. Counts live per one-advance bucket in the queryable window store
 * {@value #MENTIONS_STORE} ("top entities now", see {@link TopEntities}), a window's count being
 * the sum of its buckets; each closed window is compared with the entity's
 * own baseline, kept in {@value #BASELINES_STORE}. Syndicated copies are skipped: twenty outlets
 * running one wire story is one story, not a spike.
 *
 * <p>In the pipeline it runs in the one cross-article task, on the paragraphs as story
 * assignment stamps them, so every entity's counts are already in one place and need no
 * repartition topic (the one they had before cost a record per mention, five or so per
 * paragraph, and a suppression buffer with its own changelog).
 */
public final class TrendsTopology {
  /*
   * Not "entity-mentions" and "entity-baselines" as before 2026-12: those stores were spread over
   * the partitions of a repartition topic, and their changelogs cannot serve a one-task store.
   * Not "entity-mention-counts" as before session 12: that store held whole windows, and its
   * counts cannot be read as buckets.
   */
  public static final String MENTIONS_STORE = "entity-mention-buckets";
  public static final String CLOCK_STORE = "entity-mention-clock";
  public static final String BASELINES_STORE = "entity-spike-baselines";

  private TrendsTopology() {}

  /**
   * Trends alone, reading {@code news.enriched}, for tests: its counts are right only where that
   * topic has one partition (the pipeline feeds it from its one cross-article task).
   */
  public static Topology build(Topics topics, SpikeSettings settings) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, topics, settings,
        builder.stream(topics.enriched.name(), topics.enriched.consumed("enriched-source")));
    return builder.build();
  }

  /** Adds mention counting and spike detection on {@code enriched} to {@code builder}. */
  static void addTo(StreamsBuilder builder, Topics topics, SpikeSettings settings,
      KStream<String, EnrichedParagraph> enriched) {
    // The store outlives closed windows so "top entities" can look back an hour.
    Duration retention = max(settings.window().plus(settings.grace()), Duration.ofHours(1));
    // Cached: an entity's bucket is written by every paragraph naming it in that minute, and one
    // changelog record per commit is enough.
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
            MENTIONS_STORE, retention, settings.advance(), false),
        Serdes.String(), Serdes.Long()).withCachingEnabled());
    // Cached: the stream time moves with nearly every paragraph; one changelog record per commit.
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(CLOCK_STORE), Serdes.String(), Serdes.Long())
        .withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(BASELINES_STORE), Serdes.String(),
        topics.serde(EntityBaseline.class)).withCachingEnabled());
    enriched
        .process(() -> new CountMentionsProcessor(settings), Named.as("count-mentions"),
            MENTIONS_STORE, CLOCK_STORE)
        .process(() -> new SpikeProcessor(settings, topics.alerts.name()),
            Named.as("detect-spikes"), BASELINES_STORE)
        .to(topics.alerts.name(), topics.alerts.produced("spike-alerts-sink"));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
