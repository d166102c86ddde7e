package org.newsstream.web;

import java.util.Locale;

/**
 * Whether a request's {@code Accept} header admits a media type, by RFC 9110 §12.5.1: an absent
 * header admits anything; otherwise the most specific range that matches the type decides, and
 * it admits the type unless its {@code q} is 0.
 */
final class AcceptHeader {
  private AcceptHeader() {}

  /** @param mediaType e.g. {@code text/event-stream} */
  static boolean admits(String accept, String mediaType) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    String wanted = mediaType.toLowerCase(Locale.ROOT);
    String wantedType = wanted.substring(0, wanted.indexOf('/'));
    int bestSpecificity = -1;
    double bestQuality = 0;
    for (String element : accept.split(",")) {
      String[] parts = element.split(";");
      String range = parts[0].strip().toLowerCase(Locale.ROOT);
      int specificity = range.equals(wanted) ? 2
          : range.equals(wantedType + "/*") ? 1
          : range.equals("*/*") ? 0 : -1;
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        bestQuality = quality(parts);
      }
    }
    return bestSpecificity >= 0 && bestQuality > 0;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param.length == 2 && param[0].strip().equalsIgnoreCase("q")) {
        try {
          return Double.parseDouble(param[1].strip());
        } catch (NumberFormatException e) {
          // A malformed weight is the client's slip, not a refusal: take the default weight.
          return 1;
        }
      }
    }
    return 1;
  }
}
