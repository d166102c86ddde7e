package org.newsstream.stories;

/**
 * A light English suffix stripper: plural, {@code -ing}, {@code -ed} and a final {@code -e}, so
 * "raises", "raised" and "raising" meet as "rais". Deliberately less than Porter's: headlines are
 * short, so a conflation that merges two unrelated words costs more than one that misses a
 * variant. Stems are only compared with each other, never shown.
 */
final class Stemmer {
  private static final int MIN_STEM = 3;

  private Stemmer() {}

  static String stem(String word) {
    String w = word;
    if (w.length() <= MIN_STEM) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches")
        || w.endsWith("shes") || w.endsWith("zes")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() - 3 >= MIN_STEM) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() - 2 >= MIN_STEM) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("e") && w.length() > MIN_STEM + 1) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "stopp" → "stop", as "stopped" and "stopping" are "stop"; "fall" and "press" keep theirs. */
  private static String undouble(String w) {
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
        && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
