package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsstream.schema.EntityType;

class PlacesTest {
  private final Places places = Places.bundled();

  @Test
  void capitalsThatStandForTheirGovernmentsAreLocations() {
    assertThat(places.bySurface()).containsKeys("Kyiv", "Moscow", "Pyongyang", "Beijing", "Kursk");
    assertThat(places.bySurface().get("Pyongyang").getType()).isEqualTo(EntityType.LOCATION);
    assertThat(places.bySurface().get("Pyongyang").getCanonical()).isEqualTo("Pyongyang");
  }

  @Test
  void namesThatAreAlsoPeoplesOrWordsAreLeftToTheTagger() {
    assertThat(places.bySurface())
        .doesNotContainKeys("Jordan", "Chad", "Georgia", "Washington", "Sydney", "Male", "Nice");
  }

  @Test
  void spellingIsExact() {
    assertThat(places.bySurface()).doesNotContainKeys("kyiv", "MOSCOW", "#", "");
  }
}
