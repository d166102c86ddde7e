package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;
import static org.newsstream.testing.Fixtures.paragraph;

import java.nio.file.Path;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.EntityCount;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.SpeakerCount;
import org.newsstream.testing.TopologyDrivers;

class ArticleSummaryTopologyTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, ArticleSummary> articles;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(ArticleSummaryTopology.build(TOPICS),
        TopologyDrivers.props(stateDir), T0);
    enriched = driver.createInputTopic(TOPICS.enriched.name(), Serdes.String().serializer(),
        TOPICS.enriched.valueSerde().serializer());
    articles = driver.createOutputTopic(TOPICS.articles.name(), Serdes.String().deserializer(),
        TOPICS.articles.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aSummaryCountsParagraphsEntitiesClaimsAndMeanSentiment() {
    EnrichedParagraph first = paragraph("a1", 0, "Vladimir Putin met Choe Son Hui in Moscow.")
        .entity("Vladimir Putin", EntityType.PERSON, "Vladimir Putin")
        .entity("Choe Son Hui", EntityType.PERSON, "Choe Son Hui")
        .entity("Moscow", EntityType.LOCATION, "Moscow")
        .sentiment(-0.5).build();
    first.setParagraph(Paragraph.newBuilder(first.getParagraph()).setTitle("A long handshake")
        .setSource("example.com").build());
    enriched.pipeInput("a1", first);
    enriched.pipeInput("a1", paragraph("a1", 1, "Putin said 11,000 troops came, Kyiv said.")
        .entity("Putin", EntityType.PERSON, "Vladimir Putin")
        .claim("Putin said 11,000 troops came", 0.8, ClaimFlag.NUMERIC)
        .claim("Kyiv said", 0.2, ClaimFlag.ATTRIBUTED)
        .sentiment(0.1).build());

    ArticleSummary summary = articles.readKeyValuesToMap().get("a1");
    assertThat(summary.getArticleId()).isEqualTo("a1");
    assertThat(summary.getTitle()).isEqualTo("A long handshake");
    assertThat(summary.getSource()).isEqualTo("example.com");
    assertThat(summary.getParagraphs()).isEqualTo(2);
    assertThat(summary.getClaims()).isEqualTo(2);
    assertThat(summary.getMeanSentiment()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(summary.getEntities()).first()
        .isEqualTo(new EntityCount("Vladimir Putin", EntityType.PERSON, 2, "name:vladimir_putin"));
    assertThat(summary.getEntities()).extracting(EntityCount::getCanonical)
        .containsExactlyInAnyOrder("Vladimir Putin", "Choe Son Hui", "Moscow");
  }

  @Test
  void entitiesAreCountedByIdAndShownByTheirFirstDisplayName() {
    enriched.pipeInput("a1", paragraph("a1", 0, "U.S. troops left; America stays.")
        .entity("U.S.", EntityType.LOCATION, "United States", "wikipedia:United_States")
        .entity("America", EntityType.LOCATION, "United States", "wikipedia:United_States")
        .build());
    enriched.pipeInput("a1", paragraph("a1", 1, "ANDRII KOVALENKO and Andrii Kovalenko.")
        .entity("ANDRII KOVALENKO", EntityType.PERSON, "ANDRII KOVALENKO")
        .entity("Andrii Kovalenko", EntityType.PERSON, "Andrii Kovalenko")
        .build());

    assertThat(articles.readKeyValuesToMap().get("a1").getEntities()).containsExactly(
        new EntityCount("United States", EntityType.LOCATION, 2, "wikipedia:United_States"),
        new EntityCount("ANDRII KOVALENKO", EntityType.PERSON, 2, "name:andrii_kovalenko"));
  }

  @Test
  void aSummaryListsWhoTheArticleQuotesMostClaimsFirst() {
    enriched.pipeInput("a1", paragraph("a1", 0, "Kyiv says 11,000 troops came. Moscow denies it.")
        .claimFrom("Kyiv", "Kyiv says 11,000 troops came.", 0.9, ClaimFlag.ATTRIBUTED)
        .claim("Moscow denies it.", 0.4, ClaimFlag.HEDGED).build());
    enriched.pipeInput("a1", paragraph("a1", 1, "“We see them,” he said. “More come.”")
        .claimFrom("Volodymyr Zelensky", "“We see them,” he said.", 0.6, ClaimFlag.QUOTE)
        .claimFrom("Volodymyr Zelensky", "“More come.”", 0.5, ClaimFlag.QUOTE).build());

    assertThat(articles.readKeyValuesToMap().get("a1").getSpeakers())
        .containsExactly(new SpeakerCount("Volodymyr Zelensky", 2), new SpeakerCount("Kyiv", 1));
  }

  @Test
  void aRepublishedParagraphCountsOnceAndASyndicatedOneIsFlagged() {
    enriched.pipeInput("a1", paragraph("a1", 0, "Moscow.").build());
    enriched.pipeInput("a1", paragraph("a1", 0, "Moscow.").duplicateOf("a1/0").build());
    enriched.pipeInput("a1", paragraph("a1", 1, "Copied.").duplicateOf("b2/4").build());

    ArticleSummary summary = articles.readKeyValuesToMap().get("a1");
    assertThat(summary.getParagraphs()).isEqualTo(2);
    assertThat(summary.getSyndicatedParagraphs()).isEqualTo(1);
  }

  @Test
  void summariesAreQueryableByArticleId() {
    enriched.pipeInput("a1", paragraph("a1", 0, "One.").build());
    enriched.pipeInput("b2", paragraph("b2", 0, "Two.").build());
    enriched.pipeInput("b2", paragraph("b2", 1, "Three.").build());

    KeyValueStore<String, ArticleSummary> store =
        driver.getKeyValueStore(ArticleSummaryTopology.SUMMARIES_STORE);
    assertThat(store.get("a1").getParagraphs()).isEqualTo(1);
    assertThat(store.get("b2").getParagraphs()).isEqualTo(2);
    assertThat(store.get("nope")).isNull();
  }
}
