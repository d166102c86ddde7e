package org.newsstream.enrichment.sentiment;

import java.util.List;
import java.util.Set;

/**
 * The sentiment of movement in news about quantities, which a word lexicon misses: "operating
 * profit fell" is bad news although "profit" is a positive word, "losses narrowed" good news. A
 * quantity that is good to have (profit, sales, jobs) moving up, or a bad one (losses, debt,
 * deaths) moving down, scores {@link #VALENCE}; the opposite scores minus that. The quantity's own
 * lexicon valence is cancelled, since the direction decides. Pure and thread-safe.
 */
public final class DirectionRule {
  /** Valence of one quantity-direction pair, on VADER's -4 .. 4 word scale. */
  static final double VALENCE = 2.0;
  private static final int WINDOW = 5;

  private static final Set<String> UP = Set.of(
      "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases",
      "increasing", "grew", "grow", "grows", "growing", "grown", "climbed", "climbs", "jumped",
      "jumps", "up", "higher", "improved", "improves", "doubled", "tripled", "soared", "soars",
      "surged", "surges", "gained", "gains", "advanced", "boosted", "widened", "expanded",
      "strengthened", "exceeded", "record");
  private static final Set<String> DOWN = Set.of(
      "fell", "fall", "falls", "falling", "fallen", "decreased", "decrease", "decreases",
      "decline", "declined", "declines", "declining", "dropped", "drop", "drops", "down", "lower",
      "slipped", "plunged", "plunges", "slumped", "shrank", "shrunk", "shrinks", "halved",
      "narrowed", "contracted", "weakened", "reduced", "dipped", "tumbled", "sank", "eased");
  private static final Set<String> GOOD = Set.of(
      "profit", "profits", "sales", "revenue", "revenues", "earnings", "income", "margin",
      "margins", "turnover", "ebit", "ebitda", "eps", "dividend", "dividends", "orders", "demand",
      "output", "production", "exports", "shares", "stock", "jobs", "employment", "gdp", "growth",
      "result", "results", "productivity", "wages", "investment", "investments", "surplus");
  private static final Set<String> BAD = Set.of(
      "loss", "losses", "costs", "cost", "expenses", "debt", "debts", "deficit", "unemployment",
      "inflation", "deaths", "casualties", "layoffs", "redundancies", "defaults", "impairment",
      "impairments", "writedowns", "arrears", "crime", "poverty", "emissions");

  private final VaderLexicon lexicon;

  public DirectionRule(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Valence to add to a sentence of these lower-case words. */
  public double valence(List<String> lowerWords) {
    double total = 0;
    for (int i = 0; i < lowerWords.size(); i++) {
      String word = lowerWords.get(i);
      int polarity = GOOD.contains(word) ? 1 : BAD.contains(word) ? -1 : 0;
      if (polarity == 0) {
        continue;
      }
      int direction = direction(lowerWords, i);
      if (direction != 0) {
        total += polarity * direction * VALENCE - lexicon.valence(word);
      }
    }
    return total;
  }

  /** The nearest movement word within the window around {@code i}: +1 up, -1 down, 0 none. */
  private static int direction(List<String> words, int i) {
    for (int distance = 1; distance <= WINDOW; distance++) {
      for (int j : new int[] {i + distance, i - distance}) {
        if (j >= 0 && j < words.size()) {
          if (UP.contains(words.get(j))) {
            return 1;
          }
          if (DOWN.contains(words.get(j))) {
            return -1;
          }
        }
      }
    }
    return 0;
  }
}
