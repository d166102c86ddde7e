package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.testing.TopologyDrivers;

/**
 * An article's memory lives where its id is partitioned to, whatever key the producer chose:
 * records keyed otherwise (kcat, a null key) are re-keyed by article id through a named topic.
 */
class ArticleKeyingTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final String REKEY_TOPIC = "newsstream-test-paragraphs-rekeyed-by-article-repartition";

  @TempDir Path stateDir;
  private final List<String> enrichedTexts = new ArrayList<>();
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeEach
  void start() {
    ParagraphEnricher enricher = (text, memory) -> {
      if (text.contains("poison")) {
        throw new IllegalStateException("the model choked");
      }
      enrichedTexts.add(text);
      return new Annotation(List.of(), new Sentiment(0.0, "neutral"), List.of(), List.of(), false);
    };
    driver = new TopologyTestDriver(EnrichmentTopology.build(TOPICS, enricher, 10_000,
        Clock.fixed(T0, ZoneOffset.UTC), DedupSettings.defaults(),
        Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY)), TopologyDrivers.props(stateDir), T0);
    raw = driver.createInputTopic(TOPICS.paragraphsRaw.name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    enriched = driver.createOutputTopic(TOPICS.enriched.name(), Serdes.String().deserializer(),
        TOPICS.enriched.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(TOPICS.deadLetter.name(),
        TOPICS.deadLetter.keySerde().deserializer(), TOPICS.deadLetter.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static byte[] paragraph(String articleId, int index, String text) {
    return TOPICS.paragraphs.valueSerde().serializer().serialize(TOPICS.paragraphs.name(),
        Paragraph.newBuilder().setArticleId(articleId).setIndex(index).setText(text)
            .setPublishedAt(T0).build());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_paragraph_keyed_by_its_article_id_goes_straight_to_enrichment() {
    raw.pipeInput(utf8("a1"), paragraph("a1", 0, "Kyiv says so."));

    assertThat(enriched.readKeyValue().key).isEqualTo("a1");
    assertThat(driver.producedTopicNames()).doesNotContain(REKEY_TOPIC);
  }

  @Test
  void paragraphs_keyed_otherwise_or_not_at_all_are_re_keyed_by_article_id_before_enrichment() {
    raw.pipeInput(utf8("kcat-key"), paragraph("a1", 0, "Kyiv says so."));
    raw.pipeInput((byte[]) null, paragraph("a1", 1, "Moscow denies it."));

    assertThat(driver.producedTopicNames()).contains(REKEY_TOPIC);
    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1", "a1");
    assertThat(enrichedTexts).containsExactly("Kyiv says so.", "Moscow denies it.");
  }

  @Test
  void a_re_keyed_paragraph_that_fails_is_dead_lettered_as_it_was_on_its_source_topic() {
    raw.pipeInput(utf8("x"), paragraph("a1", 0, "Kyiv says so."));
    raw.pipeInput(utf8("kcat-key"), paragraph("a1", 1, "a poison paragraph"));

    DeadLetter dead = deadLetters.readValue();
    assertThat(dead.getReason()).isEqualTo("enrichment failed");
    assertThat(dead.getSourceTopic()).isEqualTo(TOPICS.paragraphs.name());
    assertThat(dead.getOffset()).isEqualTo(1);
    assertThat(StandardCharsets.UTF_8.decode(dead.getKey()).toString()).isEqualTo("kcat-key");
  }

  @Test
  void a_record_the_intake_rejects_is_dead_lettered_from_the_source_whatever_its_key() {
    raw.pipeInput(utf8("kcat-key"), utf8("not avro"));

    DeadLetter dead = deadLetters.readValue();
    assertThat(dead.getSourceTopic()).isEqualTo(TOPICS.paragraphs.name());
    assertThat(driver.producedTopicNames()).doesNotContain(REKEY_TOPIC);
  }
}
