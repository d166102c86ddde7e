package org.newsstream.enrichment.sentiment;

import java.util.HashMap;
import java.util.Map;
import org.newsstream.enrichment.BundledText;

/**
 * Word valences in [-4, 4] from the VADER lexicon (Hutto &amp; Gilbert 2014, MIT licence; see
 * {@code vader_sentiment_lexicon.LICENSE.txt} next to the resource). Immutable and thread-safe.
 */
public final class VaderLexicon {
  private static final String RESOURCE = "/org/newsstream/enrichment/vader_sentiment_lexicon.txt";

  private final Map<String, Double> valences;

  private VaderLexicon(Map<String, Double> valences) {
    this.valences = Map.copyOf(valences);
  }

  /** The lexicon bundled with Newsstream. */
  public static VaderLexicon bundled() {
    Map<String, Double> map = new HashMap<>();
    for (String line : BundledText.lines(RESOURCE)) {
      String[] columns = line.split("\t");
      if (columns.length >= 2) {
        map.put(columns[0], Double.parseDouble(columns[1]));
      }
    }
    return new VaderLexicon(map);
  }

  /** A lexicon of exactly these entries (keys lower-case); for tests and domain additions. */
  public static VaderLexicon of(Map<String, Double> valences) {
    return new VaderLexicon(valences);
  }

  /** This lexicon with {@code extra} entries added or overriding existing ones. */
  public VaderLexicon with(Map<String, Double> extra) {
    Map<String, Double> merged = new HashMap<>(valences);
    merged.putAll(extra);
    return new VaderLexicon(merged);
  }

  /** True when the lower-case word has a valence. */
  public boolean contains(String lowerWord) {
    return valences.containsKey(lowerWord);
  }

  /** The valence of the lower-case word, 0 when it has none. */
  public double valence(String lowerWord) {
    return valences.getOrDefault(lowerWord, 0.0);
  }
}
