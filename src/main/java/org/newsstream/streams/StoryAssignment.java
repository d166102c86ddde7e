package org.newsstream.streams;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.StoryArticleLink;
import org.newsstream.schema.StoryClock;
import org.newsstream.schema.StoryFeatureCount;
import org.newsstream.schema.StoryPostings;
import org.newsstream.schema.StoryState;
import org.newsstream.schema.StoryTally;
import org.newsstream.schema.SurnameOwnerList;
import org.newsstream.stories.StorySettings;

/**
 * Stamps every deduplicated paragraph with its story and keeps {@code news.stories} up to date;
 * first links bare surnames to the one person recently named in full with them, in any article
 * (a decision that, like the story's, reads state any article may touch).
 * Appended to the pipeline after duplicate marking, in the same task, before {@code news.enriched}.
 *
 * <p>Any article may join any story, so the decision cannot be split by key: the paragraphs go
 * through {@value #TOPIC}, a repartition topic of one partition, to the one task that holds the
 * story tables and decides in that topic's committed order (an earlier design read a global
 * store from another thread and gave timing-dependent answers). The cost per article is bounded
 * by the clusterer's caps (postings lists read, candidates compared), not by the number of live
 * stories; but a second instance takes none of this task's work, and every paragraph takes one
 * more hop, one commit interval or so of latency, on its way to {@code news.enriched}.
 */
final class StoryAssignment {
  static final String TOPIC = "story-assignment";
  static final String STORIES_STORE = "story-table";
  static final String POSTINGS_STORE = "story-postings";
  static final String FREQUENCIES_STORE = "story-document-frequencies";
  static final String ARTICLES_STORE = "story-articles";
  static final String CLOCK_STORE = "story-clock";
  static final String TALLIES_STORE = "story-tallies";
  static final String SURNAMES_STORE = "surname-owners";
  static final String SUMMARIES_DUE_STORE = "story-summaries-due";
  static final String STORIES_SINK = "stories-sink";

  private StoryAssignment() {}

  /**
   * The paragraphs, still keyed by article id, through {@value #TOPIC} to the one task that makes
   * every cross-article decision (copies, surnames, stories), in that topic's committed order.
   */
  static KStream<String, EnrichedParagraph> toOneTask(
      KStream<String, EnrichedParagraph> byArticle, Topics topics) {
    return byArticle.repartition(Repartitioned.with(Serdes.String(), topics.enriched.valueSerde())
        .withName(TOPIC).withNumberOfPartitions(1));
  }

  /**
   * Returns the paragraphs with {@code storyId} set, keyed by article id as they came.
   *
   * @param inOneTask paragraphs from {@link #toOneTask}
   * @param surnameMemory how long a person named in full stays the owner of their surname for
   *     later articles that give only the surname
   */
  static KStream<String, EnrichedParagraph> append(StreamsBuilder builder,
      KStream<String, EnrichedParagraph> inOneTask, Topics topics, StorySettings settings,
      Duration surnameMemory) {
    for (StoreBuilder<?> store : List.of(
        store(STORIES_STORE, topics.serde(StoryState.class)),
        store(POSTINGS_STORE, topics.serde(StoryPostings.class)),
        store(FREQUENCIES_STORE, topics.serde(StoryFeatureCount.class)),
        store(ARTICLES_STORE, topics.serde(StoryArticleLink.class)),
        store(CLOCK_STORE, topics.serde(StoryClock.class)),
        store(TALLIES_STORE, topics.serde(StoryTally.class)),
        store(SURNAMES_STORE, topics.serde(SurnameOwnerList.class)),
        store(SUMMARIES_DUE_STORE, Serdes.Long()))) {
      builder.addStateStore(store);
    }
    KStream<String, StoryOutput> outputs = inOneTask
        .process(() -> new StoryAssignProcessor(settings, surnameMemory), Named.as("assign-story"),
            STORIES_STORE, POSTINGS_STORE, FREQUENCIES_STORE, ARTICLES_STORE, CLOCK_STORE,
            TALLIES_STORE, SURNAMES_STORE, SUMMARIES_DUE_STORE);
    outputs
        .filter((key, out) -> !out.isParagraph(), Named.as("story-summaries"))
        .mapValues(StoryOutput::summary, Named.as("as-story-summary"))
        .to(topics.stories.name(), topics.stories.produced(STORIES_SINK));
    return outputs
        .filter((key, out) -> out.isParagraph(), Named.as("story-stamped"))
        .mapValues(StoryOutput::paragraph, Named.as("as-stamped-paragraph"));
  }

  /** Cached: an article touches a few dozen keys, several of them more than once per commit. */
  private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> serde) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
        serde).withCachingEnabled();
  }
}
