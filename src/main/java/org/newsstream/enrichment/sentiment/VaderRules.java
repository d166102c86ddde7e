package org.newsstream.enrichment.sentiment;

import java.util.Map;
import java.util.Set;

/** The constants and word lists of VADER's rules (Hutto &amp; Gilbert 2014). */
final class VaderRules {
  static final double B_INCR = 0.293;
  static final double B_DECR = -0.293;
  static final double C_INCR = 0.733;
  static final double N_SCALAR = -0.74;
  static final double NORMALIZATION_ALPHA = 15;

  static final Set<String> NEGATIONS =
      Set.of(
          "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't",
          "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
          "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't",
          "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor",
          "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
          "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont",
          "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  private static final Set<String> INCREMENTS =
      Set.of(
          "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
          "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
          "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping",
          "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully",
          "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
          "incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
          "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
          "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
          "unusually", "utter", "utterly", "very");

  private static final Set<String> DECREMENTS =
      Set.of(
          "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal",
          "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
          "slightly", "somewhat", "sorta", "sortof", "sort-of");

  /** Multi-word expressions whose valence replaces that of their words. */
  static final Map<String, Double> IDIOMS =
      Map.of(
          "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "yeah right", -2.0,
          "kiss of death", -1.5, "to die for", 3.0, "beating heart", 3.1, "broken heart", -2.9);

  private VaderRules() {}

  /** The booster's scalar for a lower-case word, 0 when it is not a booster. */
  static double booster(String lowerWord) {
    if (INCREMENTS.contains(lowerWord)) {
      return B_INCR;
    }
    return DECREMENTS.contains(lowerWord) ? B_DECR : 0;
  }

  static boolean isBooster(String lowerWord) {
    return INCREMENTS.contains(lowerWord) || DECREMENTS.contains(lowerWord);
  }

  static boolean negates(String lowerWord) {
    return NEGATIONS.contains(lowerWord) || lowerWord.contains("n't");
  }
}
