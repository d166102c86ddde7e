package org.newsstream.enrichment.sentiment;

import static org.newsstream.enrichment.sentiment.VaderRules.C_INCR;
import static org.newsstream.enrichment.sentiment.VaderRules.N_SCALAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * VADER's rule-based sentiment intensity (Hutto &amp; Gilbert 2014), written afresh: lexicon
 * valences adjusted for negation (three words back), boosters and dampeners, capitals among
 * lower-case text, contrast after "but", "least", idioms and "!"/"?" emphasis, normalised to a
 * compound score in [-1, 1]. Pure and thread-safe.
 */
public final class VaderScorer {
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’";

  private final VaderLexicon lexicon;
  private final DirectionRule direction;

  /** Plain VADER. */
  public VaderScorer(VaderLexicon lexicon) {
    this(lexicon, null);
  }

  /** VADER plus the movement-of-quantities rule, when {@code direction} is not null. */
  public VaderScorer(VaderLexicon lexicon, DirectionRule direction) {
    this.lexicon = lexicon;
    this.direction = direction;
  }

  /** The compound score of {@code text} in [-1, 1]; 0 for text with no sentiment words. */
  public double compound(String text) {
    List<String> words = words(text);
    List<String> lower = new ArrayList<>(words.size());
    words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
    boolean capDifferential = capDifferential(words);
    double[] valences = new double[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String word = lower.get(i);
      boolean kindOf = word.equals("kind") && i + 1 < words.size() && lower.get(i + 1).equals("of");
      if (!VaderRules.isBooster(word) && !kindOf && lexicon.contains(word)) {
        valences[i] = valence(words, lower, i, capDifferential);
      }
    }
    applyIdioms(lower, valences);
    applyBut(lower, valences);
    double sum = direction == null ? 0 : direction.valence(lower);
    for (double v : valences) {
      sum += v;
    }
    double emphasis = punctuationEmphasis(text);
    sum += sum > 0 ? emphasis : sum < 0 ? -emphasis : 0;
    return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + VaderRules.NORMALIZATION_ALPHA)));
  }

  private double valence(List<String> words, List<String> lower, int i, boolean capDiff) {
    String word = lower.get(i);
    double valence = lexicon.valence(word);
    // "no" before another sentiment word is a determiner ("no problem"), not a feeling itself.
    if (word.equals("no") && i + 1 < words.size() && lexicon.contains(lower.get(i + 1))) {
      valence = 0;
    }
    if ((i > 0 && lower.get(i - 1).equals("no"))
        || (i > 1 && lower.get(i - 2).equals("no"))
        || (i > 2 && lower.get(i - 3).equals("no") && List.of("or", "nor").contains(lower.get(i - 1)))) {
      valence = lexicon.valence(word) * N_SCALAR;
    }
    if (capDiff && isUpper(words.get(i))) {
      valence += valence > 0 ? C_INCR : -C_INCR;
    }
    for (int back = 0; back < 3; back++) {
      int j = i - (back + 1);
      if (j < 0 || lexicon.contains(lower.get(j))) {
        continue;
      }
      double scalar = boosterScalar(words.get(j), lower.get(j), valence, capDiff);
      valence += scalar * (back == 1 ? 0.95 : back == 2 ? 0.9 : 1);
      valence = negation(valence, lower, back, i);
    }
    return least(valence, lower, i);
  }

  private static double boosterScalar(String word, String lower, double valence, boolean capDiff) {
    double scalar = VaderRules.booster(lower);
    if (scalar == 0) {
      return 0;
    }
    if (valence < 0) {
      scalar = -scalar;
    }
    if (capDiff && isUpper(word)) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  private static double negation(double valence, List<String> lower, int back, int i) {
    String before = lower.get(i - (back + 1));
    if (back >= 1) {
      List<String> between = lower.subList(i - back, i);
      if (before.equals("never") && (between.contains("so") || between.contains("this"))) {
        return valence * 1.25;
      }
      if (before.equals("without") && between.contains("doubt")) {
        return valence;
      }
    }
    return VaderRules.negates(before) ? valence * N_SCALAR : valence;
  }

  private double least(double valence, List<String> lower, int i) {
    if (i > 0 && lower.get(i - 1).equals("least") && !lexicon.contains("least")) {
      boolean atLeast = i > 1 && (lower.get(i - 2).equals("at") || lower.get(i - 2).equals("very"));
      return atLeast ? valence : valence * N_SCALAR;
    }
    return valence;
  }

  private static void applyIdioms(List<String> lower, double[] valences) {
    for (int i = 0; i < lower.size(); i++) {
      for (int n = 2; n <= 3 && i + n <= lower.size(); n++) {
        Double idiom = VaderRules.IDIOMS.get(String.join(" ", lower.subList(i, i + n)));
        if (idiom != null) {
          for (int k = i; k < i + n; k++) {
            valences[k] = 0;
          }
          valences[i + n - 1] = idiom;
        }
      }
    }
  }

  /** Sentiment after "but" dominates: before it counts half, after it one and a half. */
  private static void applyBut(List<String> lower, double[] valences) {
    int but = lower.indexOf("but");
    if (but < 0) {
      return;
    }
    for (int i = 0; i < valences.length; i++) {
      valences[i] *= i < but ? 0.5 : i > but ? 1.5 : 1;
    }
  }

  private static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      exclamations += c == '!' ? 1 : 0;
      questions += c == '?' ? 1 : 0;
    }
    double emphasis = Math.min(exclamations, 4) * 0.292;
    if (questions > 1) {
      emphasis += questions <= 3 ? questions * 0.18 : 0.96;
    }
    return emphasis;
  }

  /** Whitespace words, edge punctuation stripped unless that leaves two characters or fewer. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : text.trim().split("\\s+")) {
      String stripped = strip(token);
      String word = stripped.length() <= 2 ? token : stripped;
      if (word.length() > 1) {
        words.add(word);
      }
    }
    return words;
  }

  private static String strip(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && PUNCTUATION.indexOf(token.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && PUNCTUATION.indexOf(token.charAt(to - 1)) >= 0) {
      to--;
    }
    return token.substring(from, to);
  }

  /** VADER emphasises ALL-CAPS words only when the rest of the text is not shouted too. */
  private static boolean capDifferential(List<String> words) {
    long upper = words.stream().filter(VaderScorer::isUpper).count();
    return upper > 0 && upper < words.size();
  }

  private static boolean isUpper(String word) {
    boolean cased = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      cased |= Character.isUpperCase(c);
    }
    return cased;
  }
}
