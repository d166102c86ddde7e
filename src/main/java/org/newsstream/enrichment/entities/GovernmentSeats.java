package org.newsstream.enrichment.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Buildings that news uses for the government inside them ("the Kremlin said", "the White House
 * denied"). The tagger calls them places; a desk watching Russia's government wants them as the
 * organisation they stand for, under their own name rather than the country's.
 */
final class GovernmentSeats {
  private static final Set<String> SEATS = Set.of(
      "kremlin", "the kremlin", "white house", "the white house", "pentagon", "the pentagon",
      "downing street", "number 10", "elysee", "élysée", "elysee palace", "élysée palace",
      "quai d'orsay", "zhongnanhai", "blue house", "foggy bottom", "whitehall",
      "bankova", "chancellery", "kantei");

  private GovernmentSeats() {}

  static boolean isSeat(String surface) {
    return SEATS.contains(surface.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
