package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.StoryEntity;
import org.newsstream.schema.StorySummary;
import org.newsstream.stories.EntityKeys;
import org.newsstream.stories.OfflineStories;
import org.newsstream.stories.StoryArticle;
import org.newsstream.stories.StoryIds;
import org.newsstream.stories.StorySettings;
import org.newsstream.testing.TopologyDrivers;

/**
 * Story assignment in the pipeline: every paragraph leaves with the story of its article, and
 * {@code news.stories} holds each story's summary.
 */
class StoryTopologyTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final KnownNames ENRICHER = new KnownNames();
  private static final String HANDSHAKE_TITLE =
      "Putin thanks Kim Jong Un's envoy in Moscow for troops sent to Kursk";
  private static final String REWORDED_TITLE =
      "Kim Jong Un envoy meets Vladimir Putin as North Korean soldiers fight in Kursk";
  private static final String UNRELATED_TITLE = "Apple unveils a folding phone in California";

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestOutputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, StorySummary> stories;
  private TestOutputTopic<String, ArticleSummary> articles;

  private void start(StorySettings settings) {
    driver = new TopologyTestDriver(PipelineTopology.build(TOPICS, ENRICHER, 10_000,
        Clock.fixed(T0, ZoneOffset.UTC), new DedupSettings(Duration.ofHours(24)),
        Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY), SpikeSettings.defaults(),
        settings), TopologyDrivers.props(stateDir), T0);
    paragraphs = driver.createInputTopic(TOPICS.paragraphs.name(), Serdes.String().serializer(),
        TOPICS.paragraphs.valueSerde().serializer());
    enriched = driver.createOutputTopic(TOPICS.enriched.name(), Serdes.String().deserializer(),
        TOPICS.enriched.valueSerde().deserializer());
    stories = driver.createOutputTopic(TOPICS.stories.name(), Serdes.String().deserializer(),
        TOPICS.stories.valueSerde().deserializer());
    articles = driver.createOutputTopic(TOPICS.articles.name(), Serdes.String().deserializer(),
        TOPICS.articles.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.close();
    }
  }

  @Test
  void the_paragraphs_of_one_article_share_its_story() {
    start(StorySettings.defaults());
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    publish("a1", 1, HANDSHAKE_TITLE, "The Kremlin said 11,000 troops were in Kursk.", "Reuters",
        T0);

    assertThat(enriched.readValuesToList()).extracting(EnrichedParagraph::getStoryId)
        .containsExactly("story:a1", "story:a1");
  }

  @Test
  void a_differently_worded_article_of_the_same_event_joins_it_and_an_unrelated_one_does_not() {
    start(StorySettings.defaults());
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    publish("b2", 0, REWORDED_TITLE, "The envoy of Kim Jong Un was received in Moscow.", "AP",
        T0.plus(Duration.ofMinutes(20)));
    publish("c3", 0, UNRELATED_TITLE, "Apple showed the phone in California.", "Verge",
        T0.plus(Duration.ofMinutes(30)));

    Map<String, String> storyOf = new java.util.HashMap<>();
    enriched.readKeyValuesToList().forEach(kv -> storyOf.put(kv.key, kv.value.getStoryId()));
    assertThat(storyOf).containsEntry("a1", "story:a1").containsEntry("b2", "story:a1")
        .containsEntry("c3", "story:c3");
  }

  @Test
  void news_stories_holds_each_storys_summary_with_its_counts() {
    start(StorySettings.defaults());
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    publish("a1", 1, HANDSHAKE_TITLE, "The Kremlin said 11,000 troops were in Kursk.", "Reuters",
        T0);
    publish("b2", 0, REWORDED_TITLE, "Putin received the envoy of Kim Jong Un in Moscow.", "AP",
        T0.plus(Duration.ofMinutes(20)));
    publish("c3", 0, UNRELATED_TITLE, "Apple showed the phone in California.", "Verge",
        T0.plus(Duration.ofMinutes(30)));

    Map<String, StorySummary> latest = stories.readKeyValuesToMap();
    assertThat(latest).containsOnlyKeys("story:a1", "story:c3");
    StorySummary handshake = latest.get("story:a1");
    assertThat(handshake.getHeadline()).isEqualTo(HANDSHAKE_TITLE);
    assertThat(handshake.getArticleCount()).isEqualTo(2);
    assertThat(handshake.getSourceCount()).isEqualTo(2);
    assertThat(handshake.getSources()).containsExactly("Reuters", "AP");
    assertThat(handshake.getArticleIds()).containsExactly("a1", "b2");
    assertThat(handshake.getFirstSeen()).isEqualTo(T0);
    assertThat(handshake.getLastSeen()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(handshake.getClaims()).as("paragraphs with a claim").isEqualTo(1);
    assertThat(handshake.getMeanSentiment()).isEqualTo(-0.2, org.assertj.core.data.Offset.offset(1e-9));
    // Putin twice and Moscow twice (a1/0 and b2/0), Kursk and Kim Jong Un once each.
    assertThat(handshake.getTopEntities()).extracting(StoryEntity::getId, StoryEntity::getMentions)
        .startsWith(org.assertj.core.groups.Tuple.tuple("wikipedia:Moscow", 2),
            org.assertj.core.groups.Tuple.tuple("wikipedia:Vladimir_Putin", 2));
    assertThat(handshake.getMergedInto()).isNull();
    assertThat(latest.get("story:c3").getArticleCount()).isEqualTo(1);
  }

  @Test
  void article_summaries_carry_the_story_of_their_article() {
    start(StorySettings.defaults());
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    publish("b2", 0, REWORDED_TITLE, "The envoy of Kim Jong Un was received in Moscow.", "AP",
        T0.plus(Duration.ofMinutes(20)));

    Map<String, ArticleSummary> summaries = articles.readKeyValuesToMap();
    assertThat(summaries.get("a1").getStoryId()).isEqualTo("story:a1");
    assertThat(summaries.get("b2").getStoryId()).isEqualTo("story:a1");
  }

  @Test
  void a_republished_article_keeps_its_story_and_is_not_counted_twice() {
    start(StorySettings.defaults());
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters",
        T0.plusSeconds(60));

    assertThat(enriched.readValuesToList()).extracting(EnrichedParagraph::getStoryId)
        .containsExactly("story:a1", "story:a1");
    StorySummary summary = stories.readKeyValuesToMap().get("story:a1");
    assertThat(summary.getArticleCount()).isEqualTo(1);
    assertThat(summary.getTopEntities()).extracting(StoryEntity::getMentions).containsOnly(1);
  }

  @Test
  void the_topology_puts_articles_in_the_stories_annotate_does() {
    start(StorySettings.defaults());
    OfflineStories offline = new OfflineStories(StorySettings.defaults());
    String[][] articlesInOrder = {
        {"a1", HANDSHAKE_TITLE}, {"c3", UNRELATED_TITLE}, {"b2", REWORDED_TITLE},
        {"d4", "Apple's folding phone goes on sale in California"},
        {"e5", "Putin and Kim Jong Un sign a pact in Moscow"}};
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < articlesInOrder.length; i++) {
      String id = articlesInOrder[i][0];
      String title = articlesInOrder[i][1];
      Instant at = T0.plus(Duration.ofMinutes(10L * i));
      publish(id, 0, title, title, "outlet-" + i, at);
      expected.add(StoryIds.publicId(offline.assign(new StoryArticle(id, title,
          EntityKeys.of(ENRICHER.annotate(title, ArticleMemory.empty()).entities()),
          at.toEpochMilli(), "outlet-" + i)).storyId()));
    }

    assertThat(enriched.readValuesToList()).extracting(EnrichedParagraph::getStoryId)
        .containsExactlyElementsOf(expected)
        .as("two events, two stories").containsOnly("story:a1", "story:c3");
  }

  @Test
  void a_storys_paragraphs_within_one_interval_give_it_one_summary_when_the_interval_ends() {
    start(StorySettings.defaults());
    pipe("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    pipe("a1", 1, HANDSHAKE_TITLE, "The Kremlin said 11,000 troops were in Kursk.", "Reuters", T0);
    pipe("b2", 0, REWORDED_TITLE, "The envoy of Kim Jong Un was received in Moscow.", "AP",
        T0.plus(Duration.ofMinutes(20)));

    assertThat(stories.isEmpty()).as("nothing before the interval ends").isTrue();
    driver.advanceWallClockTime(StoryAssignProcessor.SUMMARIES_EVERY);

    List<KeyValue<String, StorySummary>> out = stories.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key).containsExactly("story:a1");
    assertThat(out.get(0).value.getArticleCount()).isEqualTo(2);
    assertThat(out.get(0).value.getSources()).containsExactlyInAnyOrder("Reuters", "AP");
    driver.advanceWallClockTime(StoryAssignProcessor.SUMMARIES_EVERY);
    assertThat(stories.isEmpty()).as("sent once, not again until it changes").isTrue();
  }

  @Test
  void a_summary_not_yet_sent_is_held_in_a_store_so_that_a_restart_sends_it() {
    start(StorySettings.defaults());
    pipe("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);

    // A changelogged store, written in the paragraph's transaction: restored after a crash.
    assertThat(dueStories()).containsExactly("a1");
    driver.advanceWallClockTime(StoryAssignProcessor.SUMMARIES_EVERY);
    assertThat(dueStories()).isEmpty();
    assertThat(stories.readKeyValuesToMap()).containsOnlyKeys("story:a1");
  }

  private List<String> dueStories() {
    List<String> keys = new ArrayList<>();
    try (var due = driver.<String, Long>getKeyValueStore(StoryAssignment.SUMMARIES_DUE_STORE)
        .all()) {
      due.forEachRemaining(kv -> keys.add(kv.key));
    }
    return keys;
  }

  @Test
  void a_story_past_its_window_is_tombstoned_and_the_next_report_begins_a_new_one() {
    start(StorySettings.defaults().withWindow(Duration.ofHours(2)));
    publish("a1", 0, HANDSHAKE_TITLE, "Putin met the envoy in Moscow on Monday.", "Reuters", T0);
    publish("b2", 0, REWORDED_TITLE, "The envoy of Kim Jong Un was received in Moscow.", "AP",
        T0.plus(Duration.ofHours(5)));

    List<KeyValue<String, StorySummary>> out = stories.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key, kv -> kv.value == null).containsExactly(
        org.assertj.core.groups.Tuple.tuple("story:a1", false),
        org.assertj.core.groups.Tuple.tuple("story:a1", true),
        org.assertj.core.groups.Tuple.tuple("story:b2", false));
    try (var tallies = driver.<String, Object>getKeyValueStore(StoryAssignment.TALLIES_STORE)
        .all(); var held = driver.<String, Object>getKeyValueStore(StoryAssignment.STORIES_STORE)
        .all()) {
      List<String> keys = new ArrayList<>();
      tallies.forEachRemaining(kv -> keys.add("tally " + kv.key));
      held.forEachRemaining(kv -> keys.add("story " + kv.key));
      assertThat(keys).as("only the live story is held").containsExactlyInAnyOrder(
          "tally b2", "story b2");
    }
  }

  /** Publishes one paragraph and lets the summaries it made due go out. */
  private void publish(String articleId, int index, String title, String text, String source,
      Instant at) {
    pipe(articleId, index, title, text, source, at);
    driver.advanceWallClockTime(StoryAssignProcessor.SUMMARIES_EVERY);
  }

  private void pipe(String articleId, int index, String title, String text, String source,
      Instant at) {
    paragraphs.pipeInput(articleId, Paragraph.newBuilder().setArticleId(articleId)
        .setIndex(index).setTitle(title).setText(text).setSource(source).setPublishedAt(at)
        .build(), at);
  }
}
