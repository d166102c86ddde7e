package org.newsstream.alerting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsstream.config.Durations;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.AlertScope;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Severity;

/**
 * Turns a {@link RuleDefinition} into an {@link AlertRule}, checking every field; an invalid rule
 * never reaches the rules topic. All problems of a rule are reported together.
 */
public final class RuleCompiler {
  /** Default of {@code realertAfterSources}: a story re-alerts once five more outlets carry it. */
  public static final int DEFAULT_REALERT_AFTER_SOURCES = 5;
  public static final int MAX_REALERT_AFTER_SOURCES = 1000;
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  /** The longest throttle: longer is a typo, and far longer overflows the throttle's arithmetic. */
  public static final Duration MAX_THROTTLE = Duration.ofDays(365);
  /** The two-letter codes the JDK knows, which are ISO 639-1's (and a few withdrawn ones). */
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private RuleCompiler() {}

  public static AlertRule compile(RuleDefinition def, String defaultTopic) {
    List<String> problems = new ArrayList<>();
    String id = def.id() == null ? "" : def.id().strip();
    if (!RULE_ID.matcher(id).matches()) {
      problems.add("id must be 1-100 letters, digits, '.', '_' or '-' (got '" + id + "')");
    }
    List<String> entities = clean(def.entities(), "entities", problems);
    List<String> keywords = clean(def.keywords(), "keywords", problems);
    List<String> coMentions = clean(def.coMentions(), "coMentions", problems);
    List<String> sources = clean(def.sources(), "sources", problems);
    entities.stream().filter(RuleCompiler::namesNoTitle).forEach(name -> problems.add(
        "entities: '" + name + "' is an id without a title (e.g. wikipedia:United_States)"));
    List<String> languages = languages(clean(def.languages(), "languages", problems), problems);
    List<EntityType> types = enums(def.entityTypes(), EntityType.class, "entityTypes", problems);
    List<ClaimFlag> flags = enums(def.claimFlags(), ClaimFlag.class, "claimFlags", problems);
    List<Severity> severity = enums(
        def.severity() == null ? List.of() : List.of(def.severity()), Severity.class, "severity",
        problems);
    range("minCheckworthiness", def.minCheckworthiness(), 0, 1, problems);
    range("sentimentBelow", def.sentimentBelow(), -1, 1, problems);
    range("sentimentAbove", def.sentimentAbove(), -1, 1, problems);
    range("entitySentimentBelow", def.entitySentimentBelow(), -1, 1, problems);
    range("entitySentimentAbove", def.entitySentimentAbove(), -1, 1, problems);
    String topic = def.topic() == null ? defaultTopic : def.topic().strip();
    if (!TOPIC.matcher(topic).matches()) {
      problems.add("topic '" + topic + "' is not a valid Kafka topic name");
    }
    long throttleSeconds = 0;
    if (def.throttle() != null) {
      try {
        throttleSeconds = Durations.parse(def.throttle()).toSeconds();
        if (throttleSeconds > MAX_THROTTLE.toSeconds()) {
          problems.add("throttle must be at most " + MAX_THROTTLE.toDays() + "d (got "
              + def.throttle().strip() + ")");
        }
      } catch (IllegalArgumentException e) {
        problems.add("throttle " + e.getMessage());
      }
    }
    AlertScope per = AlertScope.PARAGRAPH;
    if (def.per() != null) {
      try {
        per = AlertScope.valueOf(def.per().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("per must be story or paragraph (got '" + def.per().strip() + "')");
      }
    }
    int realertAfterSources = DEFAULT_REALERT_AFTER_SOURCES;
    if (def.realertAfterSources() != null) {
      realertAfterSources = def.realertAfterSources();
      if (realertAfterSources < 1 || realertAfterSources > MAX_REALERT_AFTER_SOURCES) {
        problems.add("realertAfterSources must be 1 to " + MAX_REALERT_AFTER_SOURCES + " (got "
            + realertAfterSources + ")");
      }
    }
    // One way of limiting alerts per rule: a story rule's re-alerts follow the story, not a clock.
    if (per == AlertScope.STORY && throttleSeconds > 0) {
      problems.add("throttle applies to per: paragraph rules; a per: story rule alerts once per "
          + "story and entity and again as the story escalates (realertAfterSources)");
    }
    if (per == AlertScope.PARAGRAPH && def.realertAfterSources() != null) {
      problems.add("realertAfterSources applies to per: story rules only");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRuleException(
          "rule '" + id + "' is invalid:\n  " + String.join("\n  ", problems));
    }
    return AlertRule.newBuilder()
        .setId(id)
        .setDescription(def.description())
        .setEntities(entities)
        .setEntityTypes(types)
        .setKeywords(keywords)
        .setClaimFlags(flags)
        .setMinCheckworthiness(def.minCheckworthiness())
        .setSentimentBelow(def.sentimentBelow())
        .setSentimentAbove(def.sentimentAbove())
        .setEntitySentimentBelow(def.entitySentimentBelow())
        .setEntitySentimentAbove(def.entitySentimentAbove())
        .setCoMentions(coMentions)
        .setSources(sources)
        .setLanguages(languages)
        .setSeverity(severity.isEmpty() ? Severity.ROUTINE : severity.get(0))
        .setTopic(topic)
        .setThrottleSeconds(throttleSeconds)
        .setPer(per)
        .setRealertAfterSources(realertAfterSources)
        .build();
  }

  /**
   * The rule's throttle kept within 0 to {@link #MAX_THROTTLE}: a rule read from the rules topic
   * may have been written by another client, without {@link #compile}'s checks.
   */
  public static Duration throttle(AlertRule rule) {
    long seconds = Math.min(rule.getThrottleSeconds(), MAX_THROTTLE.toSeconds());
    return Duration.ofSeconds(Math.max(0, seconds));
  }

  /** YAML turns {@code [a, ~]} or {@code [a, ]} into a list holding null: a problem, not a crash. */
  private static List<String> clean(List<String> values, String field, List<String> problems) {
    if (values == null) {
      return List.of();
    }
    if (values.stream().anyMatch(v -> v == null)) {
      problems.add(field + ": an entry is empty");
    }
    return values.stream().filter(v -> v != null).map(String::strip).filter(v -> !v.isEmpty())
        .distinct().toList();
  }

  /** "wikipedia:" or "name:" with nothing after it would silently match nothing. */
  private static boolean namesNoTitle(String name) {
    String normalised = WatchedNames.normalisedId(name);
    return normalised.equals("wikipedia:") || normalised.equals("name:");
  }

  /** ISO 639-1 codes, as {@code EnrichedParagraph}'s {@code paragraph.language} writes them. */
  private static List<String> languages(List<String> codes, List<String> problems) {
    List<String> known = new ArrayList<>();
    for (String code : codes) {
      String lower = code.toLowerCase(Locale.ROOT);
      if (ISO_639_1.contains(lower)) {
        known.add(lower);
      } else {
        problems.add("languages: '" + code + "' is not an ISO 639-1 code (two letters, e.g. en, de)");
      }
    }
    return known.stream().distinct().toList();
  }

  private static <E extends Enum<E>> List<E> enums(
      List<String> values, Class<E> type, String field, List<String> problems) {
    List<E> result = new ArrayList<>();
    for (String value : values == null ? List.<String>of() : values) {
      if (value == null) {
        problems.add(field + ": an entry is empty");
        continue;
      }
      try {
        result.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add(field + ": '" + value + "' is not one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
      }
    }
    return result;
  }

  private static void range(String field, Double value, double min, double max, List<String> problems) {
    if (value != null && (value < min || value > max || value.isNaN())) {
      problems.add(field + " must be between " + min + " and " + max + " (got " + value + ")");
    }
  }

}
