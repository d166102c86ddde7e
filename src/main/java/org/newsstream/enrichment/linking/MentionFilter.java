package org.newsstream.enrichment.linking;

import java.util.Set;

/**
 * Which dictionary lines a news linker needs, decided once when the index is built. Most of the
 * dictionary's 21 M lines are anchor texts no tagger will ever hand us ("hipster doofus",
 * "http://en.wikipedia.org/wiki/…", "!!! в Википедии"); a named-entity mention is a short run of
 * capitalised words. Keeping only those, with a prior above a floor, is what makes the index
 * small enough to map into memory.
 */
final class MentionFilter {
  /**
   * More name words make titles of works, not names the tagger finds. Particles do not count:
   * "Organisation for Security and Cooperation in Europe" is four name words.
   */
  static final int MAX_TOKENS = 6;
  static final int MAX_CHARS = 60;
  /**
   * Below this the dictionary's top title is too uncertain to be linked at any threshold the
   * linker accepts (see {@link EntityLinker#MIN_PRIOR}); kept lower than that so the threshold
   * can be studied without rebuilding.
   */
  static final double PRIOR_FLOOR = 0.3;

  /** Lower-case particles that occur inside names: "Bank of England", "Ludwig van Beethoven". */
  private static final Set<String> PARTICLES = Set.of(
      "of", "the", "and", "de", "del", "della", "von", "van", "der", "den", "des", "du", "da", "di",
      "do", "dos", "la", "le", "el", "al", "bin", "ibn", "y", "e", "for", "on", "in", "upon", "und",
      "et", "zu", "au", "aux");
  /** Characters of URLs, markup and quotations, never of a tagged name. */
  private static final String FORBIDDEN = ":/\"()[]{}<>|=#%?!@*_\t";

  private MentionFilter() {}

  static boolean keeps(String mention, double probability) {
    if (probability < PRIOR_FLOOR || mention.isEmpty() || mention.length() > MAX_CHARS) {
      return false;
    }
    // Digits first are years, scores and figures: the tagger does not tag them as names.
    if (!Character.isUpperCase(mention.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < mention.length(); i++) {
      if (FORBIDDEN.indexOf(mention.charAt(i)) >= 0) {
        return false;
      }
    }
    if (mention.contains("Wiki") || mention.contains("wiki")) {
      return false;
    }
    int nameWords = 0;
    for (String word : mention.split(" ", -1)) {
      if (word.isEmpty()) {
        return false;
      }
      int first = word.codePointAt(0);
      boolean particle = PARTICLES.contains(word);
      if (!Character.isUpperCase(first) && !Character.isDigit(first) && !particle) {
        return false;
      }
      nameWords += particle ? 0 : 1;
    }
    return nameWords <= MAX_TOKENS;
  }
}
