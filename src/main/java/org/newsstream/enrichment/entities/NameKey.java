package org.newsstream.enrichment.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normal forms of names, so that spelling variants of one name compare equal: "Kim Jong-Un",
 * "Kim Jong Un" and "KIM JONG UN" share the key "kim jong un". Pure functions.
 */
public final class NameKey {
  private static final String SEPARATOR_CHARS = "-‐‑–_";
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "president",
          "premier", "minister", "general", "gen", "col", "capt", "sen", "rep", "gov", "king",
          "queen", "prince", "princess", "pope", "chancellor", "comrade", "chairman");

  private NameKey() {}

  /** The surface without a trailing possessive ("Putin’s" → "Putin") or surrounding spaces. */
  public static String clean(String surface) {
    String trimmed = surface.trim();
    int end = trimmed.length();
    if (end > 2 && (trimmed.endsWith("'s") || trimmed.endsWith("’s"))) {
      end -= 2;
    } else if (end > 1 && (trimmed.endsWith("'") || trimmed.endsWith("’"))) {
      end -= 1;
    }
    return trimmed.substring(0, end).trim();
  }

  /** The cleaned surface without leading titles, as written: "Ms Choe’s" → "Choe". */
  public static String withoutTitles(String surface) {
    String rest = clean(surface);
    int space = rest.indexOf(' ');
    while (space > 0 && TITLES.contains(rest.substring(0, space).replace(".", "").toLowerCase(Locale.ROOT))) {
      rest = rest.substring(space + 1).trim();
      space = rest.indexOf(' ');
    }
    return rest;
  }

  /** The comparison key: cleaned, lower-cased, dots dropped, hyphens and spaces as one space. */
  public static String of(String surface) {
    // A hand-written loop, not regular expressions: keys are computed for every remembered name
    // of an article on every paragraph.
    String cleaned = clean(surface);
    StringBuilder key = new StringBuilder(cleaned.length());
    boolean pendingSpace = false;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c == '.') {
        continue;
      }
      if (Character.isWhitespace(c) || SEPARATOR_CHARS.indexOf(c) >= 0) {
        pendingSpace = key.length() > 0;
        continue;
      }
      if (pendingSpace) {
        key.append(' ');
        pendingSpace = false;
      }
      key.append(Character.toLowerCase(c));
    }
    return key.toString();
  }

  /** The words of the key, leading titles ("Ms", "President") removed. */
  public static List<String> words(String surface) {
    List<String> words = Arrays.asList(of(surface).split(" "));
    int first = 0;
    while (first < words.size() - 1 && TITLES.contains(words.get(first))) {
      first++;
    }
    return words.subList(first, words.size());
  }

  /** True when {@code part} occurs in {@code whole} as a run of consecutive words. */
  public static boolean isPartOf(List<String> part, List<String> whole) {
    if (part.isEmpty() || part.size() >= whole.size()) {
      return false;
    }
    return java.util.Collections.indexOfSubList(whole, part) >= 0;
  }
}
