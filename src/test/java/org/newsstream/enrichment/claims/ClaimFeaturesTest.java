package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.ClaimFlag;

class ClaimFeaturesTest {

  @Test
  void wordsBigramsFlagsLengthAndCapitals() {
    assertThat(ClaimFeatures.of("We cut taxes by 11,000 Dollars.", Set.of(ClaimFlag.NUMERIC)))
        .contains("w:we", "w:cut", "w:<num>", "b:<s> we", "b:by <num>", "b:dollars </s>",
            "f:NUMERIC", "len:1", "cap")
        .doesNotHaveDuplicates();
  }

  @Test
  void curlyApostrophesReadAsStraightOnes() {
    assertThat(ClaimFeatures.of("I don’t know.", Set.of())).contains("w:don't");
  }
}
