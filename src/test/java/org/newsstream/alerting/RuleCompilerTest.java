package org.newsstream.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Severity;
import org.newsstream.testing.Fixtures;

/** RuleCompiler and RuleFiles: what a person writes becomes a rule, or a message saying why not. */
class RuleCompilerTest {
  private static final String DEFAULT_TOPIC = "news.alerts";

  @TempDir Path dir;

  @Test
  void theShippedDefaultRulesParse() {
    List<AlertRule> rules = RuleFiles.readDefaults(DEFAULT_TOPIC);

    assertThat(rules).extracting(AlertRule::getId).containsExactly(
        "watched-state-in-numeric-claim", "person-in-checkworthy-claim", "unverified-report");
    AlertRule flash = rules.get(0);
    assertThat(flash.getSeverity()).isEqualTo(Severity.FLASH);
    assertThat(flash.getTopic()).isEqualTo("alerts.flash");
    assertThat(flash.getPer()).isEqualTo(org.newsstream.schema.AlertScope.STORY);
    assertThat(flash.getThrottleSeconds()).as("a story rule follows the story, not a clock")
        .isZero();
    assertThat(flash.getClaimFlags()).containsExactly(ClaimFlag.NUMERIC);
    assertThat(rules.get(1).getTopic()).as("no topic given").isEqualTo(DEFAULT_TOPIC);
  }

  @Test
  void aRuleWithEveryFieldCompiles() {
    AlertRule rule = RuleCompiler.compile(new RuleDefinition(" nk ", "watch", List.of(" North Korea "),
        List.of("location"), List.of("troops"), List.of("numeric", "HEDGED"), 0.5, 0.0, -0.9,
        -0.1, -1.0, List.of("Russia", "Russia"), List.of(" Andrii Kovalenko "), "urgent", "alerts.nk",
        "2h", null), DEFAULT_TOPIC);

    assertThat(rule.getId()).isEqualTo("nk");
    assertThat(rule.getEntities()).containsExactly("North Korea");
    assertThat(rule.getSources()).containsExactly("Andrii Kovalenko");
    assertThat(rule.getEntityTypes()).containsExactly(EntityType.LOCATION);
    assertThat(rule.getClaimFlags()).containsExactly(ClaimFlag.NUMERIC, ClaimFlag.HEDGED);
    assertThat(rule.getCoMentions()).containsExactly("Russia");
    assertThat(rule.getSeverity()).isEqualTo(Severity.URGENT);
    assertThat(rule.getThrottleSeconds()).isEqualTo(7200);
  }

  @Test
  void aThrottleLongerThanAYearIsAProblem() {
    // 400 billion days fit a Duration but not Instant arithmetic: Throttle would overflow.
    assertThatThrownBy(() -> RuleCompiler.compile(throttled("400000000000d"), DEFAULT_TOPIC))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("throttle must be at most 365d");
    assertThat(RuleCompiler.compile(throttled("365d"), DEFAULT_TOPIC).getThrottleSeconds())
        .isEqualTo(Duration.ofDays(365).toSeconds());
  }

  private static RuleDefinition throttled(String throttle) {
    return new RuleDefinition("nk", null, List.of("North Korea"), null, null, null, null, null,
        null, null, null, null, null, null, null, throttle, null);
  }

  @Test
  void aRuleFromTheTopicHasItsThrottleKeptWithinZeroToAYear() {
    AlertRule.Builder rule = Fixtures.rule("r", "North Korea");

    assertThat(RuleCompiler.throttle(rule.setThrottleSeconds(600).build()))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(RuleCompiler.throttle(rule.setThrottleSeconds(Long.MAX_VALUE).build()))
        .isEqualTo(RuleCompiler.MAX_THROTTLE);
    assertThat(RuleCompiler.throttle(rule.setThrottleSeconds(-1).build())).isZero();
  }

  @Test
  void everyProblemOfARuleIsReportedTogether() {
    RuleDefinition bad = new RuleDefinition("nk", null, null, List.of("COUNTRY"), null,
        List.of("RUMOUR"), 1.5, null, null, null, null, null, null, "loud", "bad topic!", "soon",
        null);

    assertThatThrownBy(() -> RuleCompiler.compile(bad, DEFAULT_TOPIC))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("rule 'nk' is invalid")
        .hasMessageContaining("entityTypes: 'COUNTRY' is not one of PERSON, ORGANIZATION, LOCATION, MISC")
        .hasMessageContaining("claimFlags: 'RUMOUR' is not one of")
        .hasMessageContaining("minCheckworthiness must be between 0.0 and 1.0 (got 1.5)")
        .hasMessageContaining("severity: 'loud' is not one of FLASH, URGENT, ROUTINE")
        .hasMessageContaining("topic 'bad topic!' is not a valid Kafka topic name")
        .hasMessageContaining("throttle 'soon' is not a duration such as 500ms, 90s, 10m, 2h or 1d");
  }

  @Test
  void languagesAreIsoCodesKeptInLowerCase() throws IOException {
    AlertRule rule = parse("- id: nk\n  entities: [North Korea]\n  languages: [en, DE, de]\n")
        .get(0);

    assertThat(rule.getLanguages()).containsExactly("en", "de");
    assertThat(parse("- id: any\n").get(0).getLanguages()).as("absent: every language").isEmpty();
  }

  @Test
  void aLanguageThatIsNoIsoCodeIsAOneLineProblem() {
    assertThatThrownBy(() -> parse("- id: nk\n  languages: [en, english]\n"))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessage("rule 'nk' is invalid:\n"
            + "  languages: 'english' is not an ISO 639-1 code (two letters, e.g. en, de)");
    assertThatThrownBy(() -> parse("- id: nk\n  languages: [xx]\n"))
        .hasMessageContaining("languages: 'xx' is not an ISO 639-1 code");
  }

  @Test
  void entitiesMayBeDisplayNamesOrIdsButAnIdNeedsATitle() throws IOException {
    assertThat(parse("- id: us\n  entities: [United States, wikipedia:United_States]\n").get(0)
        .getEntities()).containsExactly("United States", "wikipedia:United_States");
    assertThatThrownBy(() -> parse("- id: us\n  entities: ['wikipedia: ']\n"))
        .hasMessageContaining("entities: 'wikipedia:' is an id without a title");
  }

  @Test
  void anIdMustBeASimpleName() {
    assertThatThrownBy(() -> RuleCompiler.compile(definition("a|b"), DEFAULT_TOPIC))
        .hasMessageContaining("id must be 1-100 letters, digits, '.', '_' or '-' (got 'a|b')");
    assertThatThrownBy(() -> RuleCompiler.compile(definition(null), DEFAULT_TOPIC))
        .hasMessageContaining("(got '')");
  }

  @Test
  void anEmptyEntryInAListIsReportedNotAnError() {
    RuleDefinition withNull = new RuleDefinition("r", null, Arrays.asList("Russia", null), null,
        null, Arrays.asList((String) null), null, null, null, null, null, null, null, null, null,
        null, null);

    assertThatThrownBy(() -> RuleCompiler.compile(withNull, DEFAULT_TOPIC))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("entities: an entry is empty")
        .hasMessageContaining("claimFlags: an entry is empty");
  }

  @Test
  void durationsTakeAUnitAndABareNumberIsSeconds() {
    assertThat(org.newsstream.config.Durations.parse("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(org.newsstream.config.Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(org.newsstream.config.Durations.parse(" 10 M ")).isEqualTo(Duration.ofMinutes(10));
    assertThat(org.newsstream.config.Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void anAbsurdlyLongThrottleIsAProblemNotACrash() {
    assertThatThrownBy(() -> RuleCompiler.compile(new RuleDefinition("r", null, null, null, null,
        null, null, null, null, null, null, null, null, null, null,
        "99999999999999999999d", null),
        DEFAULT_TOPIC))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("throttle '99999999999999999999d' is too long");
  }

  @Test
  void aFileMayBeAListOrARulesDocument() throws IOException {
    assertThat(parse("- id: a\n  entities: [Russia]\n- id: b\n")).extracting(AlertRule::getId)
        .containsExactly("a", "b");
    assertThat(parse("{\"rules\": [{\"id\": \"a\"}]}")).extracting(AlertRule::getId)
        .containsExactly("a");
  }

  @Test
  void aSpeakerWatchIsWrittenAsSources() throws IOException {
    assertThat(parse("- id: what-kyiv-says\n  sources: [Kyiv, Volodymyr Zelensky]\n"
        + "  minCheckworthiness: 0.7\n").get(0).getSources())
        .containsExactly("Kyiv", "Volodymyr Zelensky");
  }

  @Test
  void aFileRuleIsNamedInItsProblem() {
    assertThatThrownBy(() -> parse("rules:\n  - id: ok\n  - id: bad\n    severity: loud\n"))
        .isInstanceOf(InvalidRuleException.class).hasMessageContaining("rule 'bad' is invalid");
  }

  @Test
  void anUnknownFieldIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> parse("- id: a\n  entitys: [Russia]\n"))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("rules.yaml: unknown field 'entitys'")
        .hasMessageContaining("entities");
  }

  @Test
  void aRuleWithoutAnIdIsRejected() {
    assertThatThrownBy(() -> parse("- entities: [Russia]\n"))
        .isInstanceOf(InvalidRuleException.class).hasMessageContaining("id");
  }

  @Test
  void duplicateIdsEmptyFilesAndBrokenYamlAreRejected() {
    assertThatThrownBy(() -> parse("- id: a\n- id: a\n"))
        .hasMessageContaining("rule id 'a' appears twice");
    assertThatThrownBy(() -> parse("")).hasMessageContaining("rules.yaml: no rules in the file");
    assertThatThrownBy(() -> parse("rules: []\n")).hasMessageContaining("no rules in the file");
    assertThatThrownBy(() -> parse("- id: [a\n")).isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("rules.yaml: ").hasMessageContaining("line");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> RuleFiles.read(missing, DEFAULT_TOPIC))
        .isInstanceOf(InvalidRuleException.class).hasMessage("rules file not found: " + missing);
  }

  @Test
  void aFileOnDiskIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("r.yaml"), "- id: a\n  throttle: 5m\n");

    assertThat(RuleFiles.read(file, DEFAULT_TOPIC).get(0).getThrottleSeconds()).isEqualTo(300);
  }

  @Test
  void a_rule_without_per_alerts_per_paragraph_and_per_story_is_read_in_any_case()
      throws IOException {
    List<AlertRule> rules = parse("""
        rules:
          - id: plain
          - id: storied
            per: Story
            realertAfterSources: 3
        """);

    assertThat(rules).extracting(AlertRule::getPer)
        .containsExactly(org.newsstream.schema.AlertScope.PARAGRAPH,
            org.newsstream.schema.AlertScope.STORY);
    assertThat(rules.get(0).getRealertAfterSources())
        .isEqualTo(RuleCompiler.DEFAULT_REALERT_AFTER_SOURCES);
    assertThat(rules.get(1).getRealertAfterSources()).isEqualTo(3);
  }

  @Test
  void per_story_settings_out_of_place_or_range_are_problems() {
    assertThatThrownBy(() -> parse("""
        rules:
          - id: r
            per: article
        """)).hasMessageContaining("per must be story or paragraph (got 'article')");
    assertThatThrownBy(() -> parse("""
        rules:
          - id: r
            per: story
            throttle: 10m
            realertAfterSources: 0
        """)).hasMessageContaining("throttle applies to per: paragraph rules")
        .hasMessageContaining("realertAfterSources must be 1 to 1000 (got 0)");
    assertThatThrownBy(() -> parse("""
        rules:
          - id: r
            realertAfterSources: 3
        """)).hasMessageContaining("realertAfterSources applies to per: story rules only");
  }

  private static List<AlertRule> parse(String yaml) throws IOException {
    return RuleFiles.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "rules.yaml", DEFAULT_TOPIC);
  }

  private static RuleDefinition definition(String id) {
    return new RuleDefinition(id, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }
}
