package org.newsstream.alerting;

/** A rule a user wrote cannot be used; the message names the rule, the field and the fix. */
public final class InvalidRuleException extends RuntimeException {
  public InvalidRuleException(String message) {
    super(message);
  }
}
