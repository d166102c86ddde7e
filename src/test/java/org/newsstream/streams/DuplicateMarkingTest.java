package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

/** Enrichment with a stub enricher (no NLP model), and above all duplicate marking. */
class DuplicateMarkingTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final ParagraphEnricher NOTHING_FOUND = (text, memory) ->
      new Annotation(List.of(), new Sentiment(0.0, "neutral"), List.of(), List.of(), false);
  private static final String KYIV = "Kyiv says it has already engaged the North Korean fighters – "
      + "but Ukrainian leader Volodymyr Zelensky has made clear he is alarmed at a lack of Western "
      + "military support to help him counter the new Pyongyang troops fighting six time zones "
      + "from home.";
  private static final String ENVOY = "The Russian President, 72, was expressing his gratitude to "
      + "Kim Jong-Un's top envoy.";

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestOutputTopic<String, EnrichedParagraph> enriched;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(EnrichmentTopology.build(TOPICS, NOTHING_FOUND, 10_000,
        Clock.fixed(T0, ZoneOffset.UTC), new DedupSettings(Duration.ofHours(24)),
        Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY)),
        TopologyDrivers.props(stateDir), T0);
    raw = driver.createInputTopic(TOPICS.paragraphsRaw.name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
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
  void anOriginalParagraphIsEnrichedKeyedByItsArticleAndNotADuplicate() {
    publish("a1", 0, KYIV, T0);

    var out = enriched.readKeyValue();
    assertThat(out.key).isEqualTo("a1");
    assertThat(out.value.getParagraph().getText()).isEqualTo(KYIV);
    assertThat(out.value.getDuplicateOf()).isNull();
  }

  @Test
  void aSyndicatedCopyWithinTheWindowIsADuplicateOfTheOriginal() {
    publish("a1", 3, KYIV, T0);
    publish("b7", 0, KYIV.toUpperCase().replace("–", "-"), T0.plus(Duration.ofHours(23)));

    Map<String, EnrichedParagraph> out = enriched.readKeyValuesToMap();
    assertThat(out.get("a1").getDuplicateOf()).isNull();
    assertThat(out.get("b7").getDuplicateOf()).isEqualTo("a1/3");
  }

  @Test
  void aNearCopyWithADatelineIsADuplicate() {
    publish("a1", 3, KYIV, T0);
    publish("b7", 0, "SEOUL (Reuters) - " + KYIV, T0.plus(Duration.ofMinutes(5)));

    assertThat(enriched.readKeyValuesToMap().get("b7").getDuplicateOf()).isEqualTo("a1/3");
  }

  @Test
  void aCopyWithADatelineIsADuplicateButOneWithAChangedFigureIsNews() {
    String troops = "“As for the North Korean troops in Russia, there are already 11,000 in the "
        + "Kursk region,” Zelensky warned in his nightly TV message on Sunday.";
    publish("a1", 0, troops, T0);
    publish("b7", 0, "KYIV (AP) - " + troops, T0.plusSeconds(60));
    publish("c9", 0, troops.replace("11,000", "12,000"), T0.plusSeconds(120));

    Map<String, EnrichedParagraph> out = enriched.readKeyValuesToMap();
    assertThat(out.get("b7").getDuplicateOf()).isEqualTo("a1/0");
    assertThat(out.get("c9").getDuplicateOf()).as("a different figure contradicts the original")
        .isNull();
  }

  @Test
  void aCopyMoreThanTheWindowLaterIsNews() {
    publish("a1", 3, KYIV, T0);
    publish("b7", 0, KYIV, T0.plus(Duration.ofHours(25)));

    assertThat(enriched.readKeyValuesToMap().get("b7").getDuplicateOf()).isNull();
  }

  @Test
  void aCopyPublishedWithAnEarlierTimeStillMeetsItsOriginal() {
    publish("a1", 3, KYIV, T0);
    publish("b7", 0, KYIV, T0.minus(Duration.ofHours(2)));

    assertThat(enriched.readKeyValuesToMap().get("b7").getDuplicateOf()).isEqualTo("a1/3");
  }

  @Test
  void aRepublishedArticleIsADuplicateOfItselfEvenWhenEdited() {
    publish("a1", 0, KYIV, T0);
    publish("a1", 1, ENVOY, T0);
    publish("a1", 0, KYIV, T0.plus(Duration.ofHours(1)));
    publish("a1", 1, ENVOY.replace("72", "seventy-two, said on Tuesday that he"),
        T0.plus(Duration.ofHours(1)));

    List<EnrichedParagraph> out = enriched.readValuesToList();
    assertThat(out).extracting(EnrichedParagraph::getDuplicateOf)
        .containsExactly(null, null, "a1/0", "a1/1");
  }

  @Test
  void differentParagraphsOfOneArticleAreNotDuplicates() {
    publish("a1", 0, KYIV, T0);
    publish("a1", 1, ENVOY, T0);

    assertThat(enriched.readValuesToList()).extracting(EnrichedParagraph::getDuplicateOf)
        .containsOnlyNulls();
  }

  @Test
  void aRecordThatIsNotAParagraphGoesToTheDeadLetterTopic() {
    raw.pipeInput("a1".getBytes(), "not avro".getBytes(), T0);

    TestOutputTopic<String, DeadLetter> dead = driver.createOutputTopic(
        TOPICS.deadLetter.name(), Serdes.String().deserializer(),
        TOPICS.deadLetter.valueSerde().deserializer());
    assertThat(dead.readValue().getReason()).startsWith("not a Paragraph");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void paragraphsWithoutWordsAreNeverDuplicatesOfOneAnother() {
    publish("a1", 2, "—", T0);
    publish("b7", 4, "* * *", T0.plusSeconds(60));
    publish("c3", 1, "* * *", T0.plusSeconds(120));

    assertThat(enriched.readValuesToList()).hasSize(3)
        .allSatisfy(p -> assertThat(p.getDuplicateOf()).isNull());
  }

  @Test
  void aBandValueSharedByManyParagraphsStopsBeingComparedButEarlierCopiesAreStillFound() {
    String template = "Shares of Acme Corp rose %d percent in early trading in Frankfurt on "
        + "Monday after the company raised its forecast for the year, traders said.";
    int many = MarkCopiesProcessor.MAX_CANDIDATES + 6;
    for (int i = 0; i < many; i++) {
      publish("t" + i, 0, String.format(template, i + 1), T0.plusSeconds(i));
    }
    enriched.readValuesToList();

    publish("copy-of-first", 0, "FRANKFURT (Reuters) - " + String.format(template, 1),
        T0.plusSeconds(many + 1));

    assertThat(enriched.readKeyValuesToMap().get("copy-of-first").getDuplicateOf())
        .isEqualTo("t0/0");
    Map<String, Integer> perBandValue = new java.util.HashMap<>();
    try (var all = driver.<String, org.newsstream.schema.CopyBand>getKeyValueStore(
        Deduplication.COPIES_STORE).all()) {
      all.forEachRemaining(entry -> perBandValue.put(entry.key, entry.value.getEntries().size()));
    }
    assertThat(perBandValue.values()).as("paragraphs remembered per band value")
        .contains(MarkCopiesProcessor.MAX_CANDIDATES)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(MarkCopiesProcessor.MAX_CANDIDATES));
  }

  private void publish(String articleId, int index, String text, Instant at) {
    paragraphs.pipeInput(articleId, Paragraph.newBuilder().setArticleId(articleId).setIndex(index)
        .setText(text).setPublishedAt(at).build(), at);
  }
}
