package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;
import static org.newsstream.testing.Fixtures.paragraph;
import static org.newsstream.testing.Fixtures.rule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.common.AlertIds;
import org.newsstream.config.TopicNames;
import org.newsstream.kafka.Topic;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Severity;
import org.newsstream.serde.AvroSerde;
import org.newsstream.testing.TopologyDrivers;

class AlertingTopologyTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, AlertRule> rules;
  private TestInputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, Alert> alerts;
  private int nextIndex;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(
        AlertingTopology.build(TOPICS), TopologyDrivers.props(stateDir), T0);
    rules = input(TOPICS.alertRules);
    enriched = input(TOPICS.enriched);
    alerts = output("news.alerts");
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aRuleAddedMidStreamAppliesFromTheNextParagraph() {
    enriched.pipeInput("a1", putin("a1"));
    assertThat(alerts.isEmpty()).as("no rule yet, no alert").isTrue();

    rules.pipeInput("putin", rule("putin", "Vladimir Putin").build());
    enriched.pipeInput("a1", putin("a1"));

    assertThat(alerts.readValuesToList()).extracting(Alert::getRuleId, Alert::getEntity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("putin", "Vladimir Putin"));
  }

  @Test
  void aRuleChangedMidStreamAppliesItsNewConditionsFromTheNextParagraph() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").build());
    enriched.pipeInput("a1", putin("a1"));
    assertThat(alerts.readValue().getSeverity()).isEqualTo(Severity.ROUTINE);

    rules.pipeInput("putin", rule("putin", "Vladimir Putin").setSeverity(Severity.FLASH).build());
    enriched.pipeInput("a1", putin("a1"));
    assertThat(alerts.readValue().getSeverity()).isEqualTo(Severity.FLASH);

    rules.pipeInput("putin", rule("putin", "Kim Jong-Un").build());
    enriched.pipeInput("a1", putin("a1"));
    assertThat(alerts.isEmpty()).as("the rule no longer watches Putin").isTrue();
  }

  @Test
  void aDeletedRuleRaisesNothingFromTheNextParagraph() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").build());
    enriched.pipeInput("a1", putin("a1"));
    assertThat(alerts.getQueueSize()).isEqualTo(1);

    rules.pipeInput("putin", (AlertRule) null);
    enriched.pipeInput("a1", putin("a1"));

    assertThat(alerts.getQueueSize()).as("only the alert from before the tombstone").isEqualTo(1);
  }

  @Test
  void anAlertGoesToTheRulesOwnTopicAndToNewsAlerts() {
    rules.pipeInput("flash", rule("flash", "Vladimir Putin").setTopic("alerts.flash").build());
    TestOutputTopic<String, Alert> flash = output("alerts.flash");

    enriched.pipeInput("a1", putin("a1"));

    Alert onAll = alerts.readValue();
    assertThat(flash.readValuesToList()).containsExactly(onAll);
    assertThat(onAll.getTopic()).isEqualTo("alerts.flash");
  }

  @Test
  void alertIdsAreDeterministicAndKeyTheAlert() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").build());
    EnrichedParagraph p = putin("a1");

    enriched.pipeInput("a1", p);
    driver.advanceWallClockTime(Duration.ofMinutes(3));
    enriched.pipeInput("a1", p);

    String expected = AlertIds.of("putin", "a1", p.getParagraph().getIndex(), "Vladimir Putin");
    assertThat(alerts.readKeyValuesToList()).hasSize(2)
        .allSatisfy(kv -> {
          assertThat(kv.key).isEqualTo(expected);
          assertThat(kv.value.getId()).isEqualTo(expected);
        });
  }

  @Test
  void aSecondMatchWithinTheThrottleIsHeldBackThenFlushedWithTheCountOfTheOthers() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").setThrottleSeconds(600).build());

    enriched.pipeInput("a1", putin("a1"));
    assertThat(alerts.readValue().getSuppressed()).isZero();

    driver.advanceWallClockTime(Duration.ofMinutes(1));
    enriched.pipeInput("a2", putin("a2"));
    driver.advanceWallClockTime(Duration.ofMinutes(1));
    EnrichedParagraph latest = putin("a3");
    enriched.pipeInput("a3", latest);
    assertThat(alerts.isEmpty()).as("both matches are within the 10 min period").isTrue();

    driver.advanceWallClockTime(Duration.ofMinutes(7));
    assertThat(alerts.isEmpty()).as("the period has not ended yet").isTrue();

    driver.advanceWallClockTime(Duration.ofMinutes(1).plusSeconds(5));
    Alert flushed = alerts.readValue();
    assertThat(flushed.getArticleId()).as("the latest held-back match").isEqualTo("a3");
    assertThat(flushed.getSuppressed()).as("the other held-back match").isEqualTo(1);
    assertThat(flushed.getId())
        .isEqualTo(AlertIds.of("putin", "a3", latest.getParagraph().getIndex(), "Vladimir Putin"));
    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void aHugeThrottleWrittenToTheRulesTopicByAnotherClientIsCappedNotACrash() {
    rules.pipeInput("putin",
        rule("putin", "Vladimir Putin").setThrottleSeconds(Long.MAX_VALUE).build());

    enriched.pipeInput("a1", putin("a1"));
    enriched.pipeInput("a2", putin("a2"));
    driver.advanceWallClockTime(Duration.ofDays(30));

    assertThat(alerts.readValuesToList()).as("the first match; the second held back")
        .extracting(Alert::getArticleId).containsExactly("a1");
  }

  @Test
  void aNegativeThrottleWrittenToTheRulesTopicIsNoThrottle() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").setThrottleSeconds(-600).build());

    enriched.pipeInput("a1", putin("a1"));
    enriched.pipeInput("a2", putin("a2"));

    assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId)
        .containsExactly("a1", "a2");
  }

  @Test
  void theThrottleIsPerEntity() {
    rules.pipeInput("leaders", rule("leaders", "Vladimir Putin", "Kim Jong-Un")
        .setThrottleSeconds(600).build());

    enriched.pipeInput("a1", putin("a1"));
    enriched.pipeInput("a2", paragraph("a2", 0, "Kim Jong-Un spoke.")
        .entity("Kim Jong-Un", EntityType.PERSON, "Kim Jong-Un").build());

    assertThat(alerts.readValuesToList()).extracting(Alert::getEntity)
        .containsExactlyInAnyOrder("Vladimir Putin", "Kim Jong-Un");
  }

  @Test
  void usAndAmericaInTwoArticlesShareOneThrottleAndTheAlertsCarryTheId() {
    rules.pipeInput("us", rule("us", "United States").setThrottleSeconds(600).build());

    enriched.pipeInput("a1", paragraph("a1", 0, "U.S. troops left.")
        .entity("U.S.", EntityType.LOCATION, "United States", "wikipedia:United_States").build());
    driver.advanceWallClockTime(Duration.ofMinutes(1));
    enriched.pipeInput("a2", paragraph("a2", 0, "America sent troops.")
        .entity("America", EntityType.LOCATION, "United States", "wikipedia:United_States")
        .build());
    Alert first = alerts.readValue();
    assertThat(alerts.isEmpty()).as("America is held back by the throttle U.S. started").isTrue();

    driver.advanceWallClockTime(Duration.ofMinutes(10));
    Alert released = alerts.readValue();

    assertThat(first.getArticleId()).isEqualTo("a1");
    assertThat(released.getArticleId()).isEqualTo("a2");
    assertThat(released.getThrottleRelease()).isTrue();
    assertThat(List.of(first, released)).extracting(Alert::getEntity, Alert::getEntityId)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("United States", "wikipedia:United_States"));
  }

  @Test
  void theThrottleFollowsTheIdEvenWhenTheDisplayNameIsWrittenDifferently() {
    // An unlinked name shows as the article wrote it; a headline in capitals is the same id.
    rules.pipeInput("k", rule("k", "name:andrii_kovalenko").setThrottleSeconds(600).build());

    enriched.pipeInput("a1", paragraph("a1", 0, "Andrii Kovalenko said 40 drones fell.")
        .entity("Andrii Kovalenko", EntityType.PERSON, "Andrii Kovalenko").build());
    enriched.pipeInput("a2", paragraph("a2", 0, "ANDRII KOVALENKO: 40 DRONES FELL")
        .entity("ANDRII KOVALENKO", EntityType.PERSON, "ANDRII KOVALENKO").build());

    assertThat(alerts.readValuesToList()).as("the second is held back")
        .extracting(Alert::getArticleId).containsExactly("a1");
  }

  @Test
  void aParagraphMarkedDuplicateRaisesNoAlert() {
    rules.pipeInput("putin", rule("putin", "Vladimir Putin").build());

    enriched.pipeInput("a2", paragraph("a2", 0, "Vladimir Putin arrived in Pyongyang.")
        .entity("Vladimir Putin", EntityType.PERSON, "Vladimir Putin")
        .duplicateOf("a1/0").build());

    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void aRuleWatchingTypesAlertsOncePerEntityWithItsBestClaim() {
    rules.pipeInput("people", AlertRule.newBuilder().setId("people")
        .setEntityTypes(List.of(EntityType.PERSON)).setMinCheckworthiness(0.5).build());

    enriched.pipeInput("a1", paragraph("a1", 0,
            "Vladimir Putin said 10,000 troops left. Putin said it twice.")
        .entity("Vladimir Putin", EntityType.PERSON, "Vladimir Putin")
        .entity("Putin said it", EntityType.PERSON, "Vladimir Putin")
        .claim("Vladimir Putin said 10,000 troops left.", 0.9,
            org.newsstream.schema.ClaimFlag.NUMERIC)
        .claim("Putin said it twice.", 0.3)
        .build());

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).getEvidence()).isEqualTo("Vladimir Putin said 10,000 troops left.");
  }

  private EnrichedParagraph putin(String articleId) {
    return paragraph(articleId, nextIndex++, "Vladimir Putin arrived in Pyongyang.")
        .entity("Vladimir Putin", EntityType.PERSON, "Vladimir Putin").build();
  }

  private <V extends org.apache.avro.specific.SpecificRecord> TestInputTopic<String, V> input(
      Topic<String, V> topic) {
    return driver.createInputTopic(topic.name(), Serdes.String().serializer(),
        topic.valueSerde().serializer());
  }

  private TestOutputTopic<String, Alert> output(String name) {
    return driver.createOutputTopic(name, Serdes.String().deserializer(),
        AvroSerde.of(Alert.class).deserializer());
  }
}
