package org.newsstream.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.Claim;
import org.newsstream.schema.EnrichedParagraph;

/** The one-line explanation every alert carries, built from the conditions that held. */
final class AlertReasons {
  private AlertReasons() {}

  static String explain(AlertRule rule, EnrichedParagraph enriched, String entity, Claim claim) {
    List<String> parts = new ArrayList<>();
    String subject = entity == null ? "paragraph" : entity;
    if (claim != null) {
      String flags = claim.getFlags().stream().map(Enum::name).collect(Collectors.joining("+"));
      String kind = (flags.isEmpty() ? "" : flags + " ") + "claim";
      String what;
      if (entity != null && entity.equals(claim.getSource()) && !rule.getSources().isEmpty()
          && rule.getEntities().isEmpty() && rule.getEntityTypes().isEmpty()) {
        what = kind + " from " + entity;
      } else {
        what = subject + (kind.matches("^[AEIOU].*") ? " in an " : " in a ") + kind;
        if (claim.getSource() != null) {
          what += " from " + claim.getSource();
        }
      }
      String worth = String.format(Locale.ROOT, "check-worthiness %.2f", claim.getCheckworthiness());
      if (rule.getMinCheckworthiness() != null) {
        worth += String.format(Locale.ROOT, " ≥ %.2f", rule.getMinCheckworthiness());
      }
      parts.add(what + ", " + worth);
    } else {
      parts.add(subject + " mentioned");
    }
    if (!rule.getKeywords().isEmpty()) {
      parts.add("keywords " + rule.getKeywords());
    }
    if (!rule.getCoMentions().isEmpty()) {
      parts.add("with " + String.join(", ", rule.getCoMentions()));
    }
    double score = enriched.getSentiment().getScore();
    if (rule.getSentimentBelow() != null) {
      parts.add(String.format(Locale.ROOT, "sentiment %.2f < %.2f", score, rule.getSentimentBelow()));
    }
    if (rule.getSentimentAbove() != null) {
      parts.add(String.format(Locale.ROOT, "sentiment %.2f > %.2f", score, rule.getSentimentAbove()));
    }
    if (rule.getEntitySentimentBelow() != null) {
      parts.add(String.format(Locale.ROOT, "sentiment about it < %.2f", rule.getEntitySentimentBelow()));
    }
    if (rule.getEntitySentimentAbove() != null) {
      parts.add(String.format(Locale.ROOT, "sentiment about it > %.2f", rule.getEntitySentimentAbove()));
    }
    return String.join("; ", parts);
  }
}
