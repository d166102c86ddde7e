package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;
import static org.newsstream.testing.Fixtures.rule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.AlertScope;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Severity;
import org.newsstream.stories.StorySettings;
import org.newsstream.testing.TopologyDrivers;

/**
 * Rules with {@code per: story} alert once per (rule, entity, story) and again as the story
 * escalates; {@code per: paragraph} rules alert as before stories.
 */
class StoryAlertingTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final String TITLE =
      "Putin thanks Kim Jong Un's envoy in Moscow for troops sent to Kursk";

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestInputTopic<String, AlertRule> rules;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(PipelineTopology.build(TOPICS, new KnownNames(), 10_000,
        Clock.fixed(T0, ZoneOffset.UTC), new DedupSettings(Duration.ofHours(24)),
        Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY), SpikeSettings.defaults(),
        StorySettings.defaults()),
        TopologyDrivers.props(stateDir), T0);
    paragraphs = driver.createInputTopic(TOPICS.paragraphs.name(), Serdes.String().serializer(),
        TOPICS.paragraphs.valueSerde().serializer());
    rules = driver.createInputTopic(TOPICS.alertRules.name(), Serdes.String().serializer(),
        TOPICS.alertRules.valueSerde().serializer());
    alerts = driver.createOutputTopic(TOPICS.alerts.name(), Serdes.String().deserializer(),
        TOPICS.alerts.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void a_story_rule_alerts_once_for_every_paragraph_and_outlet_of_one_story() {
    rules.pipeInput("putin", storyRule(Severity.URGENT, 5));
    publishStory(List.of("Reuters", "AP"));

    List<Alert> out = alerts.readValuesToList();
    assertThat(out).singleElement().satisfies(alert -> {
      assertThat(alert.getArticleId()).isEqualTo("a0");
      assertThat(alert.getStoryId()).isEqualTo("story:a0");
      assertThat(alert.getEntityId()).isEqualTo("wikipedia:Vladimir_Putin");
    });
  }

  @Test
  void it_alerts_again_once_enough_new_sources_carry_the_story_with_what_it_held_back() {
    rules.pipeInput("putin", storyRule(Severity.URGENT, 2));
    publishStory(List.of("Reuters", "AP", "AFP"));

    List<Alert> out = alerts.readValuesToList();
    assertThat(out).hasSize(2);
    Alert again = out.get(1);
    assertThat(again.getArticleId()).isEqualTo("a2");
    // Held back: a0's second paragraph and a1's two; new since the first alert: a1 and a2.
    assertThat(again.getSuppressed()).isEqualTo(3);
    assertThat(again.getStoryArticles()).isEqualTo(2);
    assertThat(again.getStorySources()).isEqualTo(2);
    assertThat(again.getReason()).contains("2 more articles from 2 new sources");
  }

  @Test
  void a_rule_made_more_urgent_alerts_again_in_a_story_it_already_alerted() {
    rules.pipeInput("putin", storyRule(Severity.URGENT, 5));
    publish("a0", 0, "Reuters", "Putin said 11,000 troops are in Kursk.", T0);
    rules.pipeInput("putin", AlertRule.newBuilder(storyRule(Severity.FLASH, 5)).build());
    publish("a0", 1, "Reuters", "Putin also said 3 generals went with them.", T0);

    assertThat(alerts.readValuesToList()).extracting(Alert::getSeverity)
        .containsExactly(Severity.URGENT, Severity.FLASH);
  }

  @Test
  void a_backfill_of_old_articles_is_held_back_per_story_like_live_news() {
    // Published three months before the stream sees them; the hourly expiry runs between the
    // two outlets, and must measure the story's quiet time in the stream's time.
    rules.pipeInput("putin", storyRule(Severity.URGENT, 5));
    Instant published = T0.minus(Duration.ofDays(90));
    publish("a0", 0, "Reuters", "Putin said 11,000 troops are in Kursk.", published, T0);
    publish("a1", 0, "AP", "Putin said 11,001 troops are in Kursk.", published.plusSeconds(600),
        T0.plus(Duration.ofHours(2)));

    assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId).containsExactly("a0");
  }

  @Test
  void a_paragraph_rule_alerts_for_every_matching_paragraph_as_before() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").setClaimFlags(
        List.of(ClaimFlag.NUMERIC)).build());
    publishStory(List.of("Reuters", "AP"));

    assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId,
            Alert::getParagraphIndex)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a0", 0),
            org.assertj.core.groups.Tuple.tuple("a0", 1),
            org.assertj.core.groups.Tuple.tuple("a1", 0),
            org.assertj.core.groups.Tuple.tuple("a1", 1));
  }

  private static AlertRule storyRule(Severity severity, int realertAfterSources) {
    return rule("putin", "Vladimir Putin").setClaimFlags(List.of(ClaimFlag.NUMERIC))
        .setSeverity(severity).setPer(AlertScope.STORY)
        .setRealertAfterSources(realertAfterSources).build();
  }

  /** One article per outlet on the same event, two paragraphs each with a figure about Putin. */
  private void publishStory(List<String> outlets) {
    for (int i = 0; i < outlets.size(); i++) {
      Instant at = T0.plus(Duration.ofMinutes(10L * i));
      publish("a" + i, 0, outlets.get(i), "Putin said " + (11_000 + i) + " troops are in Kursk.",
          at);
      publish("a" + i, 1, outlets.get(i), "Putin added that " + (3 + i)
          + " generals from Moscow went too.", at);
    }
  }

  private void publish(String articleId, int index, String source, String text, Instant at) {
    publish(articleId, index, source, text, at, at);
  }

  private void publish(String articleId, int index, String source, String text,
      Instant publishedAt, Instant recordTime) {
    paragraphs.pipeInput(articleId, Paragraph.newBuilder().setArticleId(articleId)
        .setIndex(index).setTitle(TITLE).setText(text).setSource(source)
        .setPublishedAt(publishedAt).build(), recordTime);
  }
}
