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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.testing.TopologyDrivers;

/**
 * The one application: a paragraph goes in once and comes out enriched, judged, counted and
 * summarised, with every concern fed from the same enrichment.
 */
class PipelineTopologyTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final Pattern NAME = Pattern.compile("Vladimir Putin|Kim Jong Un");
  /** Tags the two names it knows as people, linked to their Wikipedia pages. */
  private static final ParagraphEnricher TWO_NAMES = (text, memory) -> {
    Matcher m = NAME.matcher(text);
    List<Entity> entities = new java.util.ArrayList<>();
    while (m.find()) {
      entities.add(Entity.newBuilder().setText(m.group()).setType(EntityType.PERSON)
          .setStart(m.start()).setEnd(m.end()).setCanonical(m.group())
          .setId("wikipedia:" + m.group().replace(' ', '_')).build());
    }
    return new Annotation(entities, new Sentiment(0.0, "neutral"), List.of(), List.of(), false);
  };
  private static final String HANDSHAKE = "Vladimir Putin shook hands with Kim Jong Un's envoy "
      + "in Moscow on Monday and thanked him for the troops sent to the Kursk region.";

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestOutputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, ArticleSummary> summaries;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(PipelineTopology.build(TOPICS, TWO_NAMES, 10_000,
        Clock.fixed(T0, ZoneOffset.UTC), new DedupSettings(Duration.ofHours(24)),
        Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY), SpikeSettings.defaults()),
        TopologyDrivers.props(stateDir), T0);
    paragraphs = driver.createInputTopic(TOPICS.paragraphs.name(), Serdes.String().serializer(),
        TOPICS.paragraphs.valueSerde().serializer());
    enriched = driver.createOutputTopic(TOPICS.enriched.name(), Serdes.String().deserializer(),
        TOPICS.enriched.valueSerde().deserializer());
    alerts = driver.createOutputTopic(TOPICS.alerts.name(), Serdes.String().deserializer(),
        TOPICS.alerts.valueSerde().deserializer());
    summaries = driver.createOutputTopic(TOPICS.articles.name(), Serdes.String().deserializer(),
        TOPICS.articles.valueSerde().deserializer());
    TestInputTopic<String, AlertRule> rules = driver.createInputTopic(TOPICS.alertRules.name(),
        Serdes.String().serializer(), TOPICS.alertRules.valueSerde().serializer());
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").build());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void one_paragraph_is_enriched_once_alerted_once_and_summarised() {
    publish("a1", 0, HANDSHAKE, T0);

    List<EnrichedParagraph> out = enriched.readValuesToList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getDuplicateOf()).isNull();
    assertThat(out.get(0).getEntities()).extracting(Entity::getId)
        .containsExactly("wikipedia:Vladimir_Putin", "wikipedia:Kim_Jong_Un");
    assertThat(alerts.readValuesToList()).extracting(Alert::getRuleId, Alert::getArticleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("putin", "a1"));
    assertThat(summaries.readKeyValuesToMap()).containsOnlyKeys("a1");
  }

  @Test
  void a_copy_in_another_article_comes_out_marked_and_raises_no_second_alert() {
    publish("a1", 0, HANDSHAKE, T0);
    publish("b7", 2, "MOSCOW (Reuters) - " + HANDSHAKE, T0.plus(Duration.ofMinutes(3)));

    var out = enriched.readKeyValuesToMap();
    assertThat(out.get("b7").getDuplicateOf()).isEqualTo("a1/0");
    assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId).containsExactly("a1");
  }

  @Test
  void a_third_copy_names_the_first_original_not_the_second_copy() {
    publish("a1", 0, HANDSHAKE, T0);
    publish("b7", 0, HANDSHAKE, T0.plusSeconds(60));
    publish("c9", 0, HANDSHAKE, T0.plusSeconds(120));

    var out = enriched.readKeyValuesToMap();
    assertThat(out.get("b7").getDuplicateOf()).isEqualTo("a1/0");
    assertThat(out.get("c9").getDuplicateOf()).isEqualTo("a1/0");
  }

  @Test
  void one_articles_paragraphs_leave_in_article_order_copies_included() {
    publish("a1", 0, HANDSHAKE, T0);
    publish("b7", 0, "Kim Jong Un was not there.", T0.plusSeconds(5));
    publish("b7", 1, HANDSHAKE, T0.plusSeconds(5));
    publish("b7", 2, "Vladimir Putin left for Minsk.", T0.plusSeconds(5));

    List<EnrichedParagraph> out = enriched.readValuesToList();
    assertThat(out).extracting(p -> p.getParagraph().getArticleId() + "/"
        + p.getParagraph().getIndex()).containsExactly("a1/0", "b7/0", "b7/1", "b7/2");
    assertThat(out.get(2).getDuplicateOf()).isEqualTo("a1/0");
  }

  private void publish(String articleId, int index, String text, Instant at) {
    paragraphs.pipeInput(articleId, Paragraph.newBuilder().setArticleId(articleId).setIndex(index)
        .setText(text).setPublishedAt(at).build(), at);
  }
}
