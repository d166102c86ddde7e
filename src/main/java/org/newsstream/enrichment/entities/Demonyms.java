package org.newsstream.enrichment.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsstream.enrichment.BundledText;

/**
 * Demonyms and the country they stand for ("North Korean" → "North Korea"), read from the
 * {@code demonyms.tsv} resource. Immutable and thread-safe.
 */
public final class Demonyms {
  private static final String RESOURCE = "/org/newsstream/enrichment/demonyms.tsv";

  private final Map<String, String> countryByDemonym;

  private Demonyms(Map<String, String> countryByDemonym) {
    this.countryByDemonym = Map.copyOf(countryByDemonym);
  }

  /** The list bundled with Newsstream. */
  public static Demonyms bundled() {
    Map<String, String> map = new HashMap<>();
    for (String line : BundledText.lines(RESOURCE)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      for (String demonym : columns[0].split("\\|")) {
        map.put(key(demonym), columns[1].trim());
      }
    }
    return new Demonyms(map);
  }

  /** The country {@code surface} is a demonym of, if it is one (case and spacing ignored). */
  public Optional<String> country(String surface) {
    return Optional.ofNullable(countryByDemonym.get(key(surface)));
  }

  private static String key(String surface) {
    return surface.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
