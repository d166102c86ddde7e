package org.newsstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnricherSettingsTest {

  @Test
  void theDefaultNeutralBandIsVadersPublishedOneNotATunedValue() {
    // Tuning the band on Financial PhraseBank would tune on evaluation-only data.
    assertThat(EnricherSettings.defaults().neutralBand()).isEqualTo(0.05);
  }
}
