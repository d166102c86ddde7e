package org.newsstream.web;

import org.newsstream.schema.Alert;
import org.newsstream.schema.Severity;

/**
 * Which alerts a client wants: every non-null field must match (rule id exactly; entity as the
 * alert's display name or its entity id, exactly).
 */
public record AlertFilter(String rule, Severity severity, String entity) {
  public static final AlertFilter ALL = new AlertFilter(null, null, null);

  public AlertFilter {
    rule = blankToNull(rule);
    entity = blankToNull(entity);
  }

  public boolean matches(Alert alert) {
    return (rule == null || rule.equals(alert.getRuleId()))
        && (severity == null || severity == alert.getSeverity())
        && (entity == null || entity.equals(alert.getEntity())
            || entity.equals(alert.getEntityId()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
