package org.newsstream.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.testing.Fixtures.T0;
import static org.newsstream.testing.Fixtures.paragraph;
import static org.newsstream.testing.Fixtures.rule;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.common.AlertIds;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.EntityType;

class RuleMatcherTest {
  private static final Instant NOW = T0.plusSeconds(30);
  private static final String TEXT =
      "North Korea sent 10,000 troops, Kim Jong-Un said, and Russia denied it.";

  private final EnrichedParagraph troops = paragraph("a1", 2, TEXT)
      .entity("North Korea", EntityType.LOCATION, "North Korea")
      .entity("Kim Jong-Un", EntityType.PERSON, "Kim Jong-Un")
      .entity("Russia", EntityType.LOCATION, "Russia")
      .claim("North Korea sent 10,000 troops, Kim Jong-Un said", 0.8,
          ClaimFlag.NUMERIC, ClaimFlag.ATTRIBUTED)
      .sentiment(-0.4)
      .build();

  @Test
  void aWatchedEntityInTheParagraphRaisesOneAlertWithItsClaimAsEvidence() {
    List<Alert> alerts = RuleMatcher.match(rule("nk", "North Korea").build(), troops, NOW);

    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.getEntity()).isEqualTo("North Korea");
    assertThat(alert.getEvidence()).isEqualTo("North Korea sent 10,000 troops, Kim Jong-Un said");
    assertThat(TEXT.substring(alert.getEvidenceStart(), alert.getEvidenceEnd()))
        .isEqualTo(alert.getEvidence());
    assertThat(alert.getEventTime()).isEqualTo(T0);
    assertThat(alert.getDetectionTime()).isEqualTo(NOW);
    assertThat(alert.getReason()).contains("North Korea in a NUMERIC+ATTRIBUTED claim");
  }

  @Test
  void entityNamesMatchCaseInsensitively() {
    assertThat(RuleMatcher.match(rule("nk", "north korea").build(), troops, NOW)).hasSize(1);
  }

  @Test
  void aRuleOnADisplayNameOrAnIdMatchesEveryVariantLinkedToIt() {
    EnrichedParagraph us = paragraph("a2", 0, "U.S. officials said 3,000 troops would go.")
        .entity("U.S.", EntityType.LOCATION, "United States", "wikipedia:United_States")
        .claim("U.S. officials said 3,000 troops would go.", 0.9, ClaimFlag.NUMERIC)
        .build();
    assertThat(RuleMatcher.match(rule("us", "United States").build(), us, NOW))
        .extracting(Alert::getEntity).containsExactly("United States");
    assertThat(RuleMatcher.match(rule("us", "wikipedia:United_States").build(), us, NOW)).hasSize(1);
    assertThat(RuleMatcher.match(rule("us", "wikipedia:United_Kingdom").build(), us, NOW)).isEmpty();
  }

  private final EnrichedParagraph usAndAmerica = paragraph("a4", 1,
      "U.S. officials said 3,000 troops would go; America has not confirmed it.")
      .entity("U.S.", EntityType.LOCATION, "United States", "wikipedia:United_States")
      .entity("America", EntityType.LOCATION, "United States", "wikipedia:United_States")
      .claim("America has not confirmed it.", 0.7, ClaimFlag.HEDGED)
      .build();

  @Test
  void anAlertNamesTheEntityByDisplayNameAndCarriesItsId() {
    List<Alert> alerts = RuleMatcher.match(rule("us", "United States").build(), usAndAmerica, NOW);

    assertThat(alerts).as("two surfaces of one id are one entity, one alert").singleElement()
        .satisfies(alert -> {
          assertThat(alert.getEntity()).isEqualTo("United States");
          assertThat(alert.getEntityId()).isEqualTo("wikipedia:United_States");
          assertThat(alert.getEvidence()).isEqualTo("America has not confirmed it.");
        });
  }

  @Test
  void aWatchedDisplayNameMatchesTheTitleOfTheEntitysIdWhateverItsOwnName() {
    // A producer of its own (or an older enricher) may show the surface, yet link the id.
    EnrichedParagraph shownAsWritten = paragraph("a5", 0, "America said 3,000 troops would go.")
        .entity("America", EntityType.LOCATION, "America", "wikipedia:United_States")
        .build();

    assertThat(RuleMatcher.match(rule("us", "United States").build(), shownAsWritten, NOW))
        .extracting(Alert::getEntity, Alert::getEntityId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("America", "wikipedia:United_States"));
  }

  @Test
  void anIdMayBeWrittenWithSpacesAndAnyCaseOfItsPrefix() {
    assertThat(RuleMatcher.match(rule("us", "Wikipedia:United States").build(), usAndAmerica, NOW))
        .hasSize(1);
    assertThat(RuleMatcher.match(rule("us", "wikipedia:united_States").build(), usAndAmerica, NOW))
        .as("a title's first letter is case-insensitive on Wikipedia").hasSize(1);
    assertThat(RuleMatcher.match(rule("us", "wikipedia:United_states").build(), usAndAmerica, NOW))
        .as("the rest of a title is not").isEmpty();
  }

  @Test
  void aNameIdMatchesEveryWayTheNameWasWritten() {
    EnrichedParagraph headline = paragraph("a6", 0, "ANDRII KOVALENKO SAYS 40 DRONES FELL")
        .entity("ANDRII KOVALENKO", EntityType.PERSON, "ANDRII KOVALENKO", "name:andrii_kovalenko")
        .build();

    assertThat(RuleMatcher.match(rule("k", "name:andrii_kovalenko").build(), headline, NOW))
        .extracting(Alert::getEntityId).containsExactly("name:andrii_kovalenko");
    assertThat(RuleMatcher.match(rule("k", "Andrii Kovalenko").build(), headline, NOW)).hasSize(1);
  }

  @Test
  void coMentionsMayBeDisplayNamesOrIds() {
    AlertRule withUs = rule("c", "North Korea").setCoMentions(List.of("wikipedia:United_States"))
        .build();
    EnrichedParagraph both = paragraph("a7", 0, "North Korea warned the U.S. again.")
        .entity("North Korea", EntityType.LOCATION, "North Korea", "wikipedia:North_Korea")
        .entity("U.S.", EntityType.LOCATION, "United States", "wikipedia:United_States")
        .build();

    assertThat(RuleMatcher.match(withUs, both, NOW)).hasSize(1);
    assertThat(RuleMatcher.match(withUs, troops, NOW)).isEmpty();
  }

  @Test
  void aRuleWithLanguagesJudgesOnlyParagraphsInThoseLanguages() {
    EnrichedParagraph german = EnrichedParagraph.newBuilder(troops)
        .setParagraph(org.newsstream.schema.Paragraph.newBuilder(troops.getParagraph())
            .setLanguage("de").build())
        .build();
    AlertRule englishOnly = rule("nk", "North Korea").setLanguages(List.of("en")).build();
    AlertRule englishOrGerman = rule("nk", "North Korea").setLanguages(List.of("en", "de")).build();

    assertThat(RuleMatcher.match(englishOnly, troops, NOW)).hasSize(1);
    assertThat(RuleMatcher.match(englishOnly, german, NOW)).isEmpty();
    assertThat(RuleMatcher.match(englishOrGerman, german, NOW)).hasSize(1);
    assertThat(RuleMatcher.match(rule("nk", "North Korea").build(), german, NOW))
        .as("no languages: every language").hasSize(1);
  }

  @Test
  void aRuleWrittenWithAnotherSpellingOfTheDisplayNameStillMatches() {
    // Default rules written before linking say "Kim Jong-Un"; the display name is "Kim Jong Un".
    assertThat(RuleMatcher.match(rule("kim", "Kim Jong Un").build(), troops, NOW)).hasSize(1);
  }

  @Test
  void anEntityNotInTheParagraphRaisesNothing() {
    assertThat(RuleMatcher.match(rule("ua", "Ukraine").build(), troops, NOW)).isEmpty();
  }

  @Test
  void claimFlagsMustAllBeOnAClaimThatMentionsTheEntity() {
    AlertRule numeric = rule("r", "North Korea", "Russia")
        .setClaimFlags(List.of(ClaimFlag.NUMERIC)).build();
    AlertRule hedged = rule("r", "North Korea").setClaimFlags(List.of(ClaimFlag.HEDGED)).build();

    assertThat(RuleMatcher.match(numeric, troops, NOW)).extracting(Alert::getEntity)
        .as("Russia is outside the claim").containsExactly("North Korea");
    assertThat(RuleMatcher.match(hedged, troops, NOW)).isEmpty();
  }

  @Test
  void minCheckworthinessIsInclusive() {
    assertThat(RuleMatcher.match(rule("r", "Russia").setMinCheckworthiness(0.8).build(),
        paragraph("a", 0, "Russia said so.").entity("Russia", EntityType.LOCATION, "Russia")
            .claim("Russia said so.", 0.8).build(), NOW)).hasSize(1);
    assertThat(RuleMatcher.match(rule("r", "North Korea").setMinCheckworthiness(0.81).build(),
        troops, NOW)).isEmpty();
  }

  @Test
  void entityTypesSelectEveryEntityOfThatType() {
    AlertRule places = AlertRule.newBuilder().setId("places")
        .setEntityTypes(List.of(EntityType.LOCATION)).build();

    assertThat(RuleMatcher.match(places, troops, NOW)).extracting(Alert::getEntity)
        .containsExactly("North Korea", "Russia");
  }

  @Test
  void keywordsMatchWholeWordsOnly() {
    AlertRule troop = rule("k", "Russia").setKeywords(List.of("troop")).build();
    AlertRule troopsRule = rule("k", "Russia").setKeywords(List.of("TROOPS")).build();

    assertThat(RuleMatcher.match(troop, troops, NOW)).isEmpty();
    assertThat(RuleMatcher.match(troopsRule, troops, NOW)).hasSize(1);
  }

  @Test
  void coMentionsMustAllBeNamedInTheParagraph() {
    assertThat(RuleMatcher.match(rule("c", "Russia")
        .setCoMentions(List.of("North Korea", "Kim Jong-Un")).build(), troops, NOW)).hasSize(1);
    assertThat(RuleMatcher.match(rule("c", "Russia")
        .setCoMentions(List.of("Ukraine")).build(), troops, NOW)).isEmpty();
  }

  @Test
  void paragraphSentimentBoundsAreStrict() {
    assertThat(RuleMatcher.match(rule("s", "Russia").setSentimentBelow(-0.3).build(), troops, NOW))
        .hasSize(1);
    assertThat(RuleMatcher.match(rule("s", "Russia").setSentimentBelow(-0.4).build(), troops, NOW))
        .isEmpty();
    assertThat(RuleMatcher.match(rule("s", "Russia").setSentimentAbove(0.0).build(), troops, NOW))
        .isEmpty();
  }

  @Test
  void entitySentimentNeedsAScoreForThatEntity() {
    EnrichedParagraph scored = EnrichedParagraph.newBuilder(troops)
        .setEntitySentiments(List.of(new EntitySentiment("Russia", -0.7, 1))).build();
    AlertRule hostile = rule("h", "Russia", "North Korea").setEntitySentimentBelow(-0.5).build();

    assertThat(RuleMatcher.match(hostile, scored, NOW)).extracting(Alert::getEntity)
        .containsExactly("Russia");
  }

  @Test
  void aRuleWatchingNoEntityRaisesOneAlertForTheParagraph() {
    AlertRule numeric = AlertRule.newBuilder().setId("n")
        .setClaimFlags(List.of(ClaimFlag.NUMERIC)).build();

    List<Alert> alerts = RuleMatcher.match(numeric, troops, NOW);

    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).getEntity()).isNull();
    assertThat(alerts.get(0).getReason()).startsWith("paragraph in a NUMERIC+ATTRIBUTED claim");
  }

  @Test
  void aDuplicateParagraphNeverMatches() {
    EnrichedParagraph copy = EnrichedParagraph.newBuilder(troops).setDuplicateOf("a0/2").build();

    assertThat(RuleMatcher.match(rule("nk", "North Korea").build(), copy, NOW)).isEmpty();
  }

  @Test
  void idsDependOnRuleArticleParagraphAndEntityOnly() {
    Alert first = RuleMatcher.match(rule("nk", "North Korea").build(), troops, NOW).get(0);
    Alert later = RuleMatcher.match(rule("nk", "North Korea").setSeverity(
        org.newsstream.schema.Severity.FLASH).build(), troops, NOW.plusSeconds(60)).get(0);

    assertThat(later.getId()).isEqualTo(first.getId())
        .isEqualTo(AlertIds.of("nk", "a1", 2, "North Korea"));
    assertThat(AlertIds.of("nk", "a1", 2, "Russia")).isNotEqualTo(first.getId());
  }

  @Test
  void withoutAPublishedTimeTheEventTimeIsTheDetectionTime() {
    EnrichedParagraph undated = EnrichedParagraph.newBuilder(troops)
        .setParagraph(org.newsstream.schema.Paragraph.newBuilder(troops.getParagraph())
            .setPublishedAt(null).build())
        .build();

    assertThat(RuleMatcher.match(rule("nk", "North Korea").build(), undated, NOW).get(0)
        .getEventTime()).isEqualTo(NOW);
  }

  private final EnrichedParagraph quotes = paragraph("a2", 7,
      "“We see 11,000 of them,” he said. Kyiv says more are coming. “Soon,” she said.")
      .claimFrom("Volodymyr Zelensky", "“We see 11,000 of them,” he said.", 0.9,
          ClaimFlag.NUMERIC, ClaimFlag.ATTRIBUTED, ClaimFlag.QUOTE)
      .claimFrom("Kyiv", "Kyiv says more are coming.", 0.7, ClaimFlag.ATTRIBUTED)
      .claimFrom("Choe Son Hui", "“Soon,” she said.", 0.3, ClaimFlag.ATTRIBUTED)
      .build();

  @Test
  void aSpeakerWatchRaisesOneAlertPerListedSourceAboutThatSource() {
    AlertRule speakers = AlertRule.newBuilder().setId("speakers")
        .setSources(List.of("volodymyr zelensky", "Kyiv", "Kremlin")).build();

    List<Alert> alerts = RuleMatcher.match(speakers, quotes, NOW);

    assertThat(alerts).extracting(Alert::getEntity).containsExactly("Volodymyr Zelensky", "Kyiv");
    assertThat(alerts.get(0).getEvidence()).isEqualTo("“We see 11,000 of them,” he said.");
    assertThat(alerts.get(0).getReason())
        .startsWith("NUMERIC+ATTRIBUTED+QUOTE claim from Volodymyr Zelensky, check-worthiness 0.90");
  }

  @Test
  void aSpeakerWatchCombinesWithClaimConditions() {
    AlertRule figures = AlertRule.newBuilder().setId("figures")
        .setSources(List.of("Volodymyr Zelensky", "Kyiv", "Choe Son Hui"))
        .setClaimFlags(List.of(ClaimFlag.NUMERIC)).build();

    assertThat(RuleMatcher.match(figures, quotes, NOW)).extracting(Alert::getEntity)
        .containsExactly("Volodymyr Zelensky");
  }

  @Test
  void withWatchedEntitiesSourcesNarrowWhichClaimsCount() {
    AlertRule fromKim = rule("nk", "North Korea").setSources(List.of("Kim Jong-Un")).build();
    EnrichedParagraph attributed = paragraph("a3", 0, TEXT)
        .entity("North Korea", EntityType.LOCATION, "North Korea")
        .claimFrom("Kim Jong-Un", "North Korea sent 10,000 troops, Kim Jong-Un said", 0.8,
            ClaimFlag.NUMERIC, ClaimFlag.ATTRIBUTED)
        .build();

    assertThat(RuleMatcher.match(fromKim, troops, NOW)).as("the claim names no source").isEmpty();
    assertThat(RuleMatcher.match(fromKim, attributed, NOW)).extracting(Alert::getEntity)
        .containsExactly("North Korea");
  }
}
