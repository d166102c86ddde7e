package org.newsstream.enrichment.entities;

import java.util.HashMap;
import java.util.Map;
import org.newsstream.enrichment.BundledText;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;

/**
 * Place names the tagger may miss, above all a capital standing for its government at the start of
 * a sentence ("Kyiv says …", where the CRF sees only a capitalised first word), read from the
 * {@code places.txt} resource: unambiguous country, territory and city names, exact spelling.
 * Immutable and thread-safe.
 */
public final class Places {
  private static final String RESOURCE = "/org/newsstream/enrichment/places.txt";

  private final Map<String, KnownName> bySurface;

  private Places(Map<String, KnownName> bySurface) {
    this.bySurface = Map.copyOf(bySurface);
  }

  /** The list bundled with Newsstream. */
  public static Places bundled() {
    Map<String, KnownName> places = new HashMap<>();
    for (String line : BundledText.lines(RESOURCE)) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        places.put(name, new KnownName(name, name, EntityType.LOCATION));
      }
    }
    return new Places(places);
  }

  /** Place names by their exact spelling, as LOCATION names. */
  public Map<String, KnownName> bySurface() {
    return bySurface;
  }
}
