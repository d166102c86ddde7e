package org.newsstream.web;

import java.util.Locale;
import org.newsstream.schema.Alert;

/**
 * Which alerts a client wants: every non-null field must match (rule id and entity exactly,
 * severity case-insensitively).
 */
public record AlertFilter(String rule, String severity, String entity) {
  public static final AlertFilter ALL = new AlertFilter(null, null, null);

  public AlertFilter {
    rule = blankToNull(rule);
    severity = blankToNull(severity) == null ? null : severity.strip().toUpperCase(Locale.ROOT);
    entity = blankToNull(entity);
  }

  public boolean matches(Alert alert) {
    return (rule == null || rule.equals(alert.getRuleId()))
        && (severity == null || severity.equals(alert.getSeverity().name()))
        && (entity == null || entity.equals(alert.getEntity()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
