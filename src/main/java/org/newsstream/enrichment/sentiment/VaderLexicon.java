package org.newsstream.enrichment.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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
    try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Double> map = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t");
        if (columns.length >= 2) {
          map.put(columns[0], Double.parseDouble(columns[1]));
        }
      }
      return new VaderLexicon(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
