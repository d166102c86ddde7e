package org.newsstream.enrichment.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
    try (InputStream in = Demonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, String> map = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        for (String demonym : columns[0].split("\\|")) {
          map.put(key(demonym), columns[1].trim());
        }
      }
      return new Demonyms(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The country {@code surface} is a demonym of, if it is one (case and spacing ignored). */
  public Optional<String> country(String surface) {
    return Optional.ofNullable(countryByDemonym.get(key(surface)));
  }

  private static String key(String surface) {
    return surface.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
