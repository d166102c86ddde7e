package org.newsstream.enrichment.linking;

import java.util.HashSet;
import java.util.Set;
import org.newsstream.enrichment.entities.Places;

/**
 * Names that make a title a place: the enrichment's bundled countries and cities, the countries
 * that list leaves out because they are also common words or names (as a Wikipedia title
 * "Jordan" is the country), and the US states, which qualify so many place titles
 * ("Paris, Texas").
 */
final class PlaceNames {
  private static final Set<String> AMBIGUOUS_COUNTRIES = Set.of(
      "Chad", "Jordan", "Niger", "Guinea", "Georgia", "America");
  private static final Set<String> US_STATES = Set.of(
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
      "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
      "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
      "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
      "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
      "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
      "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "D.C.");

  private PlaceNames() {}

  static Set<String> bundled() {
    Set<String> names = new HashSet<>(Places.bundled().bySurface().keySet());
    names.addAll(AMBIGUOUS_COUNTRIES);
    names.addAll(US_STATES);
    return Set.copyOf(names);
  }
}
