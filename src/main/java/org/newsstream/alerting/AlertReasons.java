package org.newsstream.alerting;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        what = subject + (startsWithVowel(kind) ? " in an " : " in a ") + kind;
        if (claim.getSource() != null) {
          what += " from " + claim.getSource();
        }
      }
      String worth = "check-worthiness " + twoDecimals(claim.getCheckworthiness());
      if (rule.getMinCheckworthiness() != null) {
        worth += " ≥ " + twoDecimals(rule.getMinCheckworthiness());
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
      parts.add("sentiment " + twoDecimals(score) + " < " + twoDecimals(rule.getSentimentBelow()));
    }
    if (rule.getSentimentAbove() != null) {
      parts.add("sentiment " + twoDecimals(score) + " > " + twoDecimals(rule.getSentimentAbove()));
    }
    if (rule.getEntitySentimentBelow() != null) {
      parts.add("sentiment about it < " + twoDecimals(rule.getEntitySentimentBelow()));
    }
    if (rule.getEntitySentimentAbove() != null) {
      parts.add("sentiment about it > " + twoDecimals(rule.getEntitySentimentAbove()));
    }
    return String.join("; ", parts);
  }

  private static boolean startsWithVowel(String text) {
    return !text.isEmpty() && "AEIOU".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * {@code String.format(Locale.ROOT, "%.2f", value)}, without a Formatter: every alert's reason
   * has two or three of these, and the bench's profile showed the formatting as a quarter of
   * rule matching (docs/performance.md, session 13). The same rounding (half up, on the shortest
   * decimal that reads back as the value) and the same sign for negative values and zeros.
   */
  static String twoDecimals(double value) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    String digits = BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
    return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
  }
}
