package org.newsstream.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsstream.common.AlertIds;
import org.newsstream.common.EntityKeys;
import org.newsstream.schema.Alert;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.Claim;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.Paragraph;

/**
 * Judges one enriched paragraph against one rule. Pure: the same inputs give the same alerts, at
 * most one per watched entity id (the best evidence wins), one per listed source speaking when the
 * rule watches sources but no entity, or one for the paragraph when it watches neither.
 */
public final class RuleMatcher {
  private RuleMatcher() {}

  public static List<Alert> match(AlertRule rule, EnrichedParagraph enriched, Instant now) {
    Paragraph paragraph = enriched.getParagraph();
    if (enriched.getDuplicateOf() != null || !paragraphConditionsHold(rule, enriched)) {
      return List.of();
    }
    List<Alert> alerts = new ArrayList<>();
    boolean watchesEntities = !rule.getEntities().isEmpty() || !rule.getEntityTypes().isEmpty();
    if (!watchesEntities && !rule.getSources().isEmpty()) {
      // A speaker watch: what each listed source says is its own alert, about that source.
      enriched.getClaims().stream().map(Claim::getSource)
          .filter(source -> source != null && listedSource(rule, source)).distinct()
          .forEach(source -> bestEvidence(rule, enriched, null, source).ifPresent(
              evidence -> alerts.add(alert(rule, enriched, source, null, evidence, now))));
      return alerts;
    }
    if (!watchesEntities) {
      bestEvidence(rule, enriched, null, null)
          .ifPresent(evidence -> alerts.add(alert(rule, enriched, null, null, evidence, now)));
      return alerts;
    }
    // By id, so that "U.S." and "America" in one paragraph are one entity and one alert.
    Map<String, List<Entity>> mentions = new LinkedHashMap<>();
    for (Entity entity : enriched.getEntities()) {
      if (watched(rule, entity)) {
        mentions.computeIfAbsent(EntityKeys.of(entity), k -> new ArrayList<>()).add(entity);
      }
    }
    mentions.forEach((key, spans) -> {
      String display = spans.get(0).getCanonical();
      if (!entitySentimentHolds(rule, enriched, display)) {
        return;
      }
      bestEvidence(rule, enriched, spans, null).ifPresent(evidence -> alerts.add(
          alert(rule, enriched, display, spans.get(0).getId(), evidence, now)));
    });
    return alerts;
  }

  private static boolean paragraphConditionsHold(AlertRule rule, EnrichedParagraph enriched) {
    if (!rule.getLanguages().isEmpty()
        && !rule.getLanguages().contains(enriched.getParagraph().getLanguage())) {
      return false;
    }
    String text = enriched.getParagraph().getText();
    if (!rule.getKeywords().isEmpty()
        && rule.getKeywords().stream().noneMatch(keyword -> containsWord(text, keyword))) {
      return false;
    }
    if (!rule.getCoMentions().stream().allMatch(name -> enriched.getEntities().stream()
        .anyMatch(entity -> WatchedNames.denotes(name, entity)))) {
      return false;
    }
    double score = enriched.getSentiment().getScore();
    return (rule.getSentimentBelow() == null || score < rule.getSentimentBelow())
        && (rule.getSentimentAbove() == null || score > rule.getSentimentAbove());
  }

  private static boolean watched(AlertRule rule, Entity entity) {
    boolean byName = rule.getEntities().isEmpty() || rule.getEntities().stream()
        .anyMatch(name -> WatchedNames.denotes(name, entity));
    boolean byType = rule.getEntityTypes().isEmpty()
        || rule.getEntityTypes().contains(entity.getType());
    return byName && byType;
  }

  private static boolean entitySentimentHolds(
      AlertRule rule, EnrichedParagraph enriched, String canonical) {
    if (rule.getEntitySentimentBelow() == null && rule.getEntitySentimentAbove() == null) {
      return true;
    }
    Optional<Double> score = enriched.getEntitySentiments().stream()
        .filter(s -> s.getCanonical().equals(canonical))
        .map(EntitySentiment::getScore).findFirst();
    return score.isPresent()
        && (rule.getEntitySentimentBelow() == null || score.get() < rule.getEntitySentimentBelow())
        && (rule.getEntitySentimentAbove() == null || score.get() > rule.getEntitySentimentAbove());
  }

  private static boolean listedSource(AlertRule rule, String source) {
    return rule.getSources().stream().anyMatch(listed -> listed.equalsIgnoreCase(source));
  }

  /**
   * The claim that satisfies the rule's claim conditions, preferring the most check-worthy;
   * covering one of {@code spans} if given, from {@code speaker} if given.
   */
  private static Optional<Evidence> bestEvidence(
      AlertRule rule, EnrichedParagraph enriched, List<Entity> spans, String speaker) {
    boolean needsClaim = !rule.getClaimFlags().isEmpty() || rule.getMinCheckworthiness() != null
        || !rule.getSources().isEmpty();
    Optional<Claim> claim = enriched.getClaims().stream()
        .filter(c -> c.getFlags().containsAll(rule.getClaimFlags()))
        .filter(c -> rule.getSources().isEmpty()
            || c.getSource() != null && listedSource(rule, c.getSource()))
        .filter(c -> speaker == null || speaker.equals(c.getSource()))
        .filter(c -> rule.getMinCheckworthiness() == null
            || c.getCheckworthiness() >= rule.getMinCheckworthiness())
        .filter(c -> spans == null || spans.stream().anyMatch(e -> overlaps(c, e)))
        .max(Comparator.comparingDouble(Claim::getCheckworthiness));
    if (claim.isPresent()) {
      return claim.map(Evidence::of);
    }
    if (needsClaim) {
      return Optional.empty();
    }
    String text = enriched.getParagraph().getText();
    return Optional.of(spans == null
        ? new Evidence(text, 0, text.length(), null)
        : new Evidence(spans.get(0).getText(), spans.get(0).getStart(), spans.get(0).getEnd(), null));
  }

  private static boolean overlaps(Claim claim, Entity entity) {
    return entity.getStart() < claim.getEnd() && claim.getStart() < entity.getEnd();
  }

  private static Alert alert(AlertRule rule, EnrichedParagraph enriched, String entity,
      String entityId, Evidence evidence, Instant now) {
    Paragraph paragraph = enriched.getParagraph();
    return Alert.newBuilder()
        .setId(AlertIds.of(rule.getId(), paragraph.getArticleId(), paragraph.getIndex(), entity))
        .setRuleId(rule.getId())
        .setSeverity(rule.getSeverity())
        .setEntity(entity)
        .setEntityId(entityId)
        .setArticleId(paragraph.getArticleId())
        .setParagraphIndex(paragraph.getIndex())
        .setEvidence(evidence.text())
        .setEvidenceStart(evidence.start())
        .setEvidenceEnd(evidence.end())
        .setReason(AlertReasons.explain(rule, enriched, entity, evidence.claim()))
        .setEventTime(paragraph.getPublishedAt() != null ? paragraph.getPublishedAt() : now)
        .setDetectionTime(now)
        .setTopic(rule.getTopic())
        .setSource(paragraph.getSource())
        .setStoryId(enriched.getStoryId())
        .build();
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
  }

  record Evidence(String text, int start, int end, Claim claim) {
    static Evidence of(Claim claim) {
      return new Evidence(claim.getText(), claim.getStart(), claim.getEnd(), claim);
    }
  }
}
