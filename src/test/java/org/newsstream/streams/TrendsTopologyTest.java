package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsstream.testing.Fixtures.T0;
import static org.newsstream.testing.Fixtures.paragraph;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Severity;
import org.newsstream.testing.Fixtures;
import org.newsstream.testing.TopologyDrivers;

/** 10-min windows advancing each minute, 2 min grace, spike at 3× a 1-hour baseline and 6 mentions. */
class TrendsTopologyTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final SpikeSettings SETTINGS = new SpikeSettings(Duration.ofMinutes(10),
      Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofHours(1), 3.0, 6, 1.0);

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, Alert> alerts;
  private int article;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(TrendsTopology.build(TOPICS, SETTINGS),
        TopologyDrivers.props(stateDir), T0);
    enriched = driver.createInputTopic(TOPICS.enriched.name(), Serdes.String().serializer(),
        TOPICS.enriched.valueSerde().serializer());
    alerts = driver.createOutputTopic(TOPICS.alerts.name(), Serdes.String().deserializer(),
        TOPICS.alerts.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aBurstIsJudgedOnlyWhenItsFirstWindowClosesAfterTheGrace() {
    mentions("North Korea", 6, T0);

    streamTimeIs(T0.plus(Duration.ofMinutes(3)).minusMillis(1));
    assertThat(alerts.isEmpty()).as("window [-9m, +1m) still open in its grace").isTrue();

    streamTimeIs(T0.plus(Duration.ofMinutes(3)));
    Alert spike = alerts.readValue();
    assertThat(spike.getRuleId()).isEqualTo("spike");
    assertThat(spike.getSeverity()).isEqualTo(Severity.URGENT);
    assertThat(spike.getEntity()).isEqualTo("North Korea");
    assertThat(spike.getReason())
        .isEqualTo("North Korea: 6 mentions in 10 min, with no mentions before");
    assertThat(spike.getEventTime()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
  }

  @Test
  void theOverlappingWindowsOfOneBurstAlertOnce() {
    mentions("North Korea", 6, T0);

    streamTimeIs(T0.plus(Duration.ofMinutes(30)));

    assertThat(alerts.readValuesToList()).hasSize(1);
  }

  @Test
  void aLateParagraphWithinTheGraceCounts() {
    mentions("North Korea", 5, T0);
    streamTimeIs(T0.plus(Duration.ofMinutes(2)).plusSeconds(30));

    mentions("North Korea", 1, T0.plusSeconds(50));
    streamTimeIs(T0.plus(Duration.ofMinutes(20)));

    assertThat(alerts.readValue().getReason()).startsWith("North Korea: 6 mentions in 10 min");
  }

  @Test
  void aParagraphLaterThanTheGraceIsDropped() {
    mentions("North Korea", 5, T0);
    streamTimeIs(T0.plus(Duration.ofMinutes(13)));

    mentions("North Korea", 1, T0.plusSeconds(50));
    streamTimeIs(T0.plus(Duration.ofMinutes(30)));

    assertThat(alerts.isEmpty()).as("5 mentions stay below the minimum of 6").isTrue();
  }

  @Test
  void aBurstBelowThreeTimesTheEntitysBaselineIsNoSpike() {
    Instant burst = history("Russia", 4);

    mentions("Russia", 11, burst);
    streamTimeIs(burst.plus(Duration.ofMinutes(30)));

    assertThat(alerts.isEmpty()).as("11 < 3 × 4.0").isTrue();
  }

  @Test
  void aBurstAtThreeTimesTheEntitysBaselineIsASpike() {
    Instant burst = history("Russia", 4);

    mentions("Russia", 12, burst);
    streamTimeIs(burst.plus(Duration.ofMinutes(30)));

    assertThat(alerts.readValuesToList()).extracting(Alert::getReason)
        .containsExactly("Russia: 12 mentions in 10 min, 3.0× its baseline 4.0");
  }

  @Test
  void duplicatesAreNotMentions() {
    for (int i = 0; i < 6; i++) {
      enriched.pipeInput("copy" + i, paragraph("copy" + i, 0, "North Korea again.")
          .entity("North Korea", EntityType.LOCATION, "North Korea").duplicateOf("a/0").build(),
          T0);
    }
    streamTimeIs(T0.plus(Duration.ofMinutes(30)));

    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void topEntitiesNowAreTheMostMentionedInTheLatestWindow() {
    mentions("North Korea", 3, T0);
    mentions("Russia", 5, T0);
    mentions("Ukraine", 1, T0.minus(Duration.ofMinutes(15)));

    List<TopEntities.Count> top = TopEntities.now(
        driver.getWindowStore(TrendsTopology.MENTIONS_STORE), SETTINGS, T0.plusSeconds(45), 5);

    assertThat(top).extracting(TopEntities.Count::display, TopEntities.Count::mentions)
        .containsExactly(tuple("Russia", 5L), tuple("North Korea", 3L));
  }

  @Test
  void mentionsAreCountedByIdWhateverTheSurfaceAndShownByDisplayName() {
    for (String surface : List.of("U.S.", "America", "United States")) {
      String id = "a" + article++;
      enriched.pipeInput(id, paragraph(id, 0, "News about " + surface + ".")
          .entity(surface, EntityType.LOCATION, "United States", "wikipedia:United_States")
          .build(), T0);
    }
    // An unlinked name shows as written, so a headline in capitals is another display name.
    for (String written : List.of("Andrii Kovalenko", "ANDRII KOVALENKO")) {
      String id = "a" + article++;
      enriched.pipeInput(id, paragraph(id, 0, written + " said so.")
          .entity(written, EntityType.PERSON, written).build(), T0);
    }

    List<TopEntities.Count> top = TopEntities.now(
        driver.getWindowStore(TrendsTopology.MENTIONS_STORE), SETTINGS, T0.plusSeconds(45), 5);

    assertThat(top).extracting(TopEntities.Count::id, TopEntities.Count::display,
            TopEntities.Count::mentions)
        .containsExactly(tuple("wikipedia:United_States", "United States", 3L),
            tuple("name:andrii_kovalenko", "Andrii Kovalenko", 2L));
  }

  @Test
  void aSpikeOfOneIdUnderSeveralNamesIsOneSpikeNamedByDisplayNameWithTheId() {
    for (int i = 0; i < 6; i++) {
      String surface = i % 2 == 0 ? "U.S." : "America";
      String id = "a" + article++;
      enriched.pipeInput(id, paragraph(id, 0, surface + " again.")
          .entity(surface, EntityType.LOCATION, "United States", "wikipedia:United_States")
          .build(), T0.plusSeconds(i));
    }
    streamTimeIs(T0.plus(Duration.ofMinutes(30)));

    assertThat(alerts.readValuesToList()).singleElement().satisfies(spike -> {
      assertThat(spike.getEntity()).isEqualTo("United States");
      assertThat(spike.getEntityId()).isEqualTo("wikipedia:United_States");
      assertThat(spike.getReason()).startsWith("United States: 6 mentions in 10 min");
    });
  }

  /**
   * {@code perWindow} mentions at the start of each of the six aligned windows before the returned
   * burst time, spaced so that no hopping window holds two clusters: a baseline of perWindow.
   */
  private Instant history(String entity, int perWindow) {
    for (int w = 0; w < 6; w++) {
      mentions(entity, perWindow, T0.plus(Duration.ofMinutes(10L * w)));
    }
    // Let the last aligned window close before the burst, so its count is in the baseline.
    streamTimeIs(T0.plus(Duration.ofMinutes(63)));
    return T0.plus(Duration.ofMinutes(65));
  }

  private void mentions(String entity, int count, Instant at) {
    for (int i = 0; i < count; i++) {
      String id = "a" + article++;
      enriched.pipeInput(id, paragraph(id, 0, "News about " + entity + ".")
          .entity(entity, EntityType.LOCATION, entity).publishedAt(at).build(), at.plusSeconds(i));
    }
  }

  /** Stream time moves only with mentions: after the repartition, nothing else arrives. */
  private void streamTimeIs(Instant at) {
    EnrichedParagraph tick = Fixtures.paragraph("tick", 0, "Clock.")
        .entity("Clock", EntityType.MISC, "Clock").build();
    enriched.pipeInput("tick", tick, at);
  }
}
