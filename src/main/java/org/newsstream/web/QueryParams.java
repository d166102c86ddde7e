package org.newsstream.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsstream.config.Durations;
import org.newsstream.schema.Severity;

/**
 * The query parameters of one request, read and checked. Every mistake (an unknown or repeated
 * name, a value out of range or of the wrong kind) is a {@link BadRequestResponse} whose message
 * is one line naming the parameter, what it takes and what it got: a typo must not quietly give
 * an empty or unfiltered answer.
 */
final class QueryParams {
  private final Map<String, List<String>> params;

  private QueryParams(Map<String, List<String>> params) {
    this.params = params;
  }

  /** @param known every parameter the endpoint takes; any other name is refused */
  static QueryParams of(Context ctx, String... known) {
    Map<String, List<String>> params = ctx.queryParamMap();
    List<String> names = Arrays.asList(known);
    for (var param : params.entrySet()) {
      if (!names.contains(param.getKey())) {
        throw new BadRequestResponse("unknown parameter " + param.getKey() + "; " + ctx.path()
            + (names.isEmpty() ? " takes none" : " takes " + String.join(", ", names)));
      }
      if (param.getValue().size() > 1) {
        throw new BadRequestResponse(param.getKey() + " is given " + param.getValue().size()
            + " times; give it once");
      }
    }
    return new QueryParams(params);
  }

  /** The stripped value, or null when absent or blank. */
  String text(String name) {
    List<String> values = params.get(name);
    String value = values == null || values.isEmpty() ? null : values.get(0);
    return value == null || value.isBlank() ? null : value.strip();
  }

  int integer(String name, int min, int max, int otherwise) {
    String text = text(name);
    if (text == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException notAnInt) {
      // Falls through to the one message for every way of being wrong.
    }
    throw new BadRequestResponse(
        name + " must be a whole number between " + min + " and " + max + "; got " + text);
  }

  /** Case-insensitive; null when absent. */
  Severity severity(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return Severity.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new BadRequestResponse(name + " must be one of " + Arrays.stream(Severity.values())
          .map(Enum::name).collect(Collectors.joining(", ")) + "; got " + text);
    }
  }

  /** A duration such as 10m, longer than zero and at most {@code longest}. */
  Duration duration(String name, String otherwise, Duration longest) {
    String text = text(name) == null ? otherwise : text(name);
    Duration duration;
    try {
      duration = Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(name + ": " + e.getMessage());
    }
    if (duration.isZero() || duration.compareTo(longest) > 0) {
      throw new BadRequestResponse(name + " must be more than 0 and at most "
          + longest.toMinutes() + "m; got " + text);
    }
    return duration;
  }

  /** True when the parameter is {@code value}, false when absent; anything else is refused. */
  boolean flag(String name, String value) {
    String text = text(name);
    if (text != null && !text.equals(value)) {
      throw new BadRequestResponse(name + " must be " + value + " or absent; got " + text);
    }
    return text != null;
  }
}
