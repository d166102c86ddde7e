package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

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
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.Paragraph;
import org.newsstream.stories.StorySettings;
import org.newsstream.testing.TopologyDrivers;

/**
 * A person another article named in full is found again by surname alone ("Kovalenko"), in the
 * story stage, whichever partition each article came on; never by a guess between two, and
 * never by a full name published after the mention.
 */
class CrossArticleSurnamesTopologyTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final Duration MEMORY = Duration.ofDays(7);

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestOutputTopic<String, EnrichedParagraph> enriched;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(PipelineTopology.build(TOPICS, new KnownNames(), 10_000,
        Clock.fixed(T0, ZoneOffset.UTC), new DedupSettings(Duration.ofHours(24)), MEMORY,
        SpikeSettings.defaults(), StorySettings.defaults()),
        TopologyDrivers.props(stateDir), T0);
    paragraphs = driver.createInputTopic(TOPICS.paragraphs.name(), Serdes.String().serializer(),
        TOPICS.paragraphs.valueSerde().serializer());
    enriched = driver.createOutputTopic(TOPICS.enriched.name(), Serdes.String().deserializer(),
        TOPICS.enriched.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void a_bare_surname_in_another_article_takes_the_one_full_name_seen_before_it() {
    publish("a1", "Andrii Kovalenko said the posts were shelled.", T0);
    publish("b2", "Kovalenko said the losses were being checked.", T0.plus(Duration.ofHours(2)));

    assertThat(person("b2")).extracting(Entity::getText, Entity::getCanonical, Entity::getId)
        .containsExactly("Kovalenko", "Andrii Kovalenko", "name:andrii_kovalenko");
  }

  @Test
  void two_people_with_the_surname_leave_it_unlinked() {
    publish("a1", "Andrii Kovalenko said the posts were shelled.", T0);
    publish("c3", "Olena Kovalenko spoke for the ministry.", T0.plusSeconds(60));
    publish("b2", "Kovalenko said the losses were being checked.", T0.plus(Duration.ofHours(2)));

    assertThat(person("b2").getId()).isEqualTo("name:kovalenko");
  }

  @Test
  void a_full_name_published_after_the_mention_does_not_link_it_whatever_arrives_first() {
    publish("a1", "Andrii Kovalenko said the posts were shelled.", T0.plus(Duration.ofHours(3)));
    publish("b2", "Kovalenko said the losses were being checked.", T0);

    assertThat(person("b2").getId()).isEqualTo("name:kovalenko");
  }

  @Test
  void a_full_name_not_seen_for_longer_than_the_memory_no_longer_owns_the_surname() {
    publish("a1", "Andrii Kovalenko said the posts were shelled.", T0);
    publish("b2", "Kovalenko said the losses were being checked.",
        T0.plus(MEMORY).plus(Duration.ofHours(1)));

    assertThat(person("b2").getId()).isEqualTo("name:kovalenko");
  }

  /** The person entity of article {@code articleId}'s paragraph on news.enriched. */
  private Entity person(String articleId) {
    List<EnrichedParagraph> out = enriched.readValuesToList().stream()
        .filter(p -> p.getParagraph().getArticleId().equals(articleId)).toList();
    assertThat(out).hasSize(1);
    return out.get(0).getEntities().stream().filter(e -> e.getText().contains("Kovalenko"))
        .findFirst().orElseThrow();
  }

  private void publish(String articleId, String text, Instant publishedAt) {
    paragraphs.pipeInput(articleId, Paragraph.newBuilder().setArticleId(articleId).setIndex(0)
        .setText(text).setSource("Reuters").setPublishedAt(publishedAt).build(), publishedAt);
  }
}
