package org.newsstream.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the optional {@code publishedAt} of an annotate input line: epoch ms or ISO-8601. */
final class PublishedAt {
  private PublishedAt() {}

  /**
   * Epoch milliseconds of {@code value}, a JSON number of milliseconds or a string such as
   * {@code 2014-03-10T18:12:50Z} or {@code 2014-03-10T19:12:50+01:00}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  static long parse(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.matches("-?\\d+")) {
        return Long.parseLong(text);
      }
      try {
        return Instant.parse(text).toEpochMilli();
      } catch (DateTimeParseException notUtc) {
        try {
          return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
          // Falls through to the one message below.
        }
      }
    }
    throw new IllegalArgumentException("publishedAt must be epoch milliseconds or an ISO-8601 "
        + "time such as 2014-03-10T18:12:50Z; got " + value);
  }
}
