package org.newsstream.cli;

import java.time.Duration;
import org.newsstream.config.Durations;

/** Parses a duration flag, naming the flag in the error a user sees. */
final class DurationFlag {
  private DurationFlag() {}

  static Duration parse(String option, String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException(option + ": " + e.getMessage());
    }
  }
}
