package org.newsstream.enrichment.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionRuleTest {
  private static final VaderLexicon LEXICON = VaderLexicon.bundled();
  private static final VaderScorer SCORER = new VaderScorer(LEXICON, new DirectionRule(LEXICON));

  @Test
  void aGoodQuantityFallingIsBadNews() {
    assertThat(SCORER.compound("Operating profit fell to EUR 5 mn from EUR 8 mn.")).isNegative();
    assertThat(SCORER.compound("Net sales decreased by 10 %.")).isNegative();
  }

  @Test
  void aBadQuantityFallingIsGoodNews() {
    assertThat(SCORER.compound("The operating loss narrowed to EUR 2 mn.")).isPositive();
    assertThat(SCORER.compound("Unemployment fell for the third month.")).isPositive();
  }

  @Test
  void aGoodQuantityRisingIsGoodNewsAndABadOneBadNews() {
    assertThat(SCORER.compound("Revenue rose 12 % in the quarter.")).isPositive();
    assertThat(SCORER.compound("The number of deaths rose to 40.")).isNegative();
  }

  @Test
  void withoutMovementTheLexiconDecides() {
    double plain = new VaderScorer(LEXICON).compound("The company reported a profit.");

    assertThat(SCORER.compound("The company reported a profit.")).isEqualTo(plain);
  }
}
