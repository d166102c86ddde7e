package org.newsstream.streams;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.StoryAlertState;
import org.newsstream.schema.ThrottleState;
import org.newsstream.stories.StorySettings;

/**
 * {@code news.enriched → match rules → throttle (per paragraph) or one alert per story →
 * news.alerts} (and each rule's own topic). Rules
 * come from the compacted rules topic as a global table, so every instance sees every rule.
 *
 * <p>In the pipeline it runs in the one cross-article task, on the paragraphs as story
 * assignment stamps them, so every (rule, entity) pair's throttle and every (rule, entity, story)
 * state is already in one place: matches need no repartition topic of their own (the one they
 * had before cost three records per paragraph and a commit interval of latency).
 */
public final class AlertingTopology {
  public static final String RULES_STORE = "alert-rules";
  /*
   * Not "alert-throttle" and "story-alerts" as before 2026-12: those were spread over the
   * partitions of a repartition topic, and their changelogs cannot serve a one-task store.
   */
  public static final String THROTTLE_STORE = "rule-entity-throttles";
  public static final String STORY_ALERTS_STORE = "rule-story-alerts";
  static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);

  private AlertingTopology() {}

  /**
   * Alerting alone, reading {@code news.enriched}, for tests: its throttles are right only where
   * that topic has one partition (the pipeline feeds it from its one cross-article task).
   */
  public static Topology build(Topics topics) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, topics,
        builder.stream(topics.enriched.name(), topics.enriched.consumed("enriched-source")),
        StorySettings.DEFAULT_WINDOW);
    return builder.build();
  }

  /**
   * Adds alerting on {@code enriched} to {@code builder}.
   *
   * @param storyWindow a per-story rule forgets a (rule, entity, story) this long after its
   *     latest match, as story assignment forgets a quiet story
   */
  static void addTo(StreamsBuilder builder, Topics topics,
      KStream<String, EnrichedParagraph> enriched, Duration storyWindow) {
    builder.globalTable(topics.alertRules.name(), topics.alertRules.consumed("alert-rules-source"),
        Materialized.<String, org.newsstream.schema.AlertRule, KeyValueStore<Bytes, byte[]>>as(
                RULES_STORE)
            .withKeySerde(topics.alertRules.keySerde())
            .withValueSerde(topics.alertRules.valueSerde()));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(THROTTLE_STORE), Serdes.String(),
        topics.serde(ThrottleState.class)).withCachingEnabled());

    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(STORY_ALERTS_STORE), Serdes.String(),
        topics.serde(StoryAlertState.class)).withCachingEnabled());

    Map<String, KStream<String, Alert>> candidates = enriched
        .process(MatchRulesProcessor::new, Named.as("match-rules"))
        .split(Named.as("alerts-"))
        .branch((key, alert) -> MatchRulesProcessor.perStory(key), Branched.as("per-story"))
        .defaultBranch(Branched.as("per-paragraph"));
    KStream<String, Alert> alerts = candidates.get("alerts-per-paragraph")
        .process(() -> new ThrottleProcessor(FLUSH_INTERVAL), Named.as("throttle-alerts"),
            THROTTLE_STORE)
        .merge(candidates.get("alerts-per-story")
                .process(() -> new StoryAlertProcessor(storyWindow), Named.as("alert-per-story"),
                    STORY_ALERTS_STORE),
            Named.as("alerts"));
    alerts.to(topics.alerts.name(), topics.alerts.produced("alerts-sink"));
    String defaultTopic = topics.alerts.name();
    alerts
        .filter((id, alert) -> !alert.getTopic().equals(defaultTopic), Named.as("has-own-topic"))
        .to((id, alert, context) -> alert.getTopic(), topics.alerts.produced("rule-topic-sink"));
  }
}
