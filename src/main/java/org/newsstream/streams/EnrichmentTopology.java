package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.ParagraphIntake;
import org.newsstream.schema.ArticleState;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.stories.StorySettings;

/**
 * {@code news.paragraphs → enrich → mark duplicates → assign stories → news.enriched} (and
 * {@code news.stories}), with every bad record to
 * {@code news.deadletter}. Paragraphs are keyed by article id, so one article's paragraphs arrive
 * in order on one partition and its memory of names lives in one store; a paragraph keyed
 * otherwise is re-keyed first (see {@link ArticleKeys}). Then one hop, a repartition topic of one
 * partition, to the task that marks copies and assigns stories (decisions that read any article's
 * state); see {@link Deduplication} and {@link StoryAssignment} for why and what it costs.
 */
public final class EnrichmentTopology {
  public static final String SOURCE = "paragraphs-source";
  public static final String ENRICH = "enrich-paragraph";
  public static final String ENRICHED_SINK = "enriched-sink";
  public static final String DEAD_LETTER_SINK = "deadletter-sink";
  public static final String ARTICLE_STORE = "article-state";
  private static final String MISKEYED = "not-keyed-by-article";
  private static final String KEYED_BY_ARTICLE = "keyed-by-article";

  private EnrichmentTopology() {}

  /** The topology with the default duplicate window and article memory of the configuration. */
  public static Topology build(
      Topics topics, ParagraphEnricher enricher, int maxParagraphChars, Clock clock) {
    return build(topics, enricher, maxParagraphChars, clock, DedupSettings.defaults(),
        Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY));
  }

  /** With the default story settings. */
  public static Topology build(Topics topics, ParagraphEnricher enricher, int maxParagraphChars,
      Clock clock, DedupSettings dedup, Duration articleMemory) {
    return build(topics, enricher, maxParagraphChars, clock, dedup, articleMemory,
        StorySettings.defaults());
  }

  /**
   * @param articleMemory an article's names are forgotten after this long without a paragraph
   */
  public static Topology build(Topics topics, ParagraphEnricher enricher, int maxParagraphChars,
      Clock clock, DedupSettings dedup, Duration articleMemory, StorySettings stories) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, topics, enricher, maxParagraphChars, clock, dedup, articleMemory, stories);
    return builder.build();
  }

  /**
   * Adds enrichment, duplicate marking and story assignment to {@code builder}.
   *
   * @return the enriched paragraphs as they go to {@code news.enriched}, keyed by article id, for
   *     the concerns that follow in the same application
   */
  static KStream<String, EnrichedParagraph> addTo(StreamsBuilder builder, Topics topics,
      ParagraphEnricher enricher, int maxParagraphChars, Clock clock, DedupSettings dedup,
      Duration articleMemory, StorySettings stories) {
    ParagraphIntake intake = new ParagraphIntake(topics.paragraphs.valueSerde().deserializer(),
        topics.paragraphs.name(), maxParagraphChars);
    // Cached: an article's paragraphs come one after the other, each rewriting its memory; the
    // cache makes that one store write and one changelog record per article and commit.
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_STORE),
        Serdes.String(), topics.serde(ArticleState.class)).withCachingEnabled());
    Map<String, KStream<byte[], byte[]>> byKey = builder
        .stream(topics.paragraphsRaw.name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(SOURCE))
        .split(Named.as("paragraph-keys-"))
        .branch((key, value) -> ArticleKeys.misKeyed(intake, key, value),
            Branched.as(MISKEYED))
        .defaultBranch(Branched.as(KEYED_BY_ARTICLE));
    KStream<byte[], byte[]> rekeyed = byKey.get("paragraph-keys-" + MISKEYED)
        .process(() -> new ArticleKeys.KeyByArticle(intake), Named.as("key-by-article"))
        .repartition(Repartitioned.with(Serdes.ByteArray(), Serdes.ByteArray())
            .withName(ArticleKeys.REPARTITION));
    KStream<String, SpecificRecord> outcomes = byKey.get("paragraph-keys-" + KEYED_BY_ARTICLE)
        .merge(rekeyed, Named.as("paragraphs-keyed-by-article"))
        .process(() -> new EnrichProcessor(intake, enricher, clock, articleMemory), Named.as(ENRICH),
            ARTICLE_STORE);
    outcomes
        .filter((key, value) -> value instanceof DeadLetter, Named.as("dead-letters"))
        .mapValues(value -> (DeadLetter) value, Named.as("as-dead-letter"))
        .to(topics.deadLetter.name(), topics.deadLetter.produced(DEAD_LETTER_SINK));
    KStream<String, EnrichedParagraph> enriched = outcomes
        .filter((key, value) -> value instanceof EnrichedParagraph, Named.as("enriched-paragraphs"))
        .mapValues(value -> (EnrichedParagraph) value, Named.as("as-enriched"));
    KStream<String, EnrichedParagraph> inOneTask = StoryAssignment.toOneTask(
        Deduplication.markRepublished(builder, enriched, topics, dedup), topics);
    KStream<String, EnrichedParagraph> stamped = StoryAssignment.append(builder,
        Deduplication.markCopies(builder, inOneTask, topics, dedup), topics, stories,
        articleMemory);
    stamped.to(topics.enriched.name(), topics.enriched.produced(ENRICHED_SINK));
    return stamped;
  }
}
