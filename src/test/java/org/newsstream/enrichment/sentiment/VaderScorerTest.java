package org.newsstream.enrichment.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VaderScorerTest {
  private static final VaderScorer VADER = new VaderScorer(VaderLexicon.bundled());

  @Test
  void clearCasesHaveTheRightSign() {
    assertThat(VADER.compound("The rescue was a great success and everyone was happy."))
        .isGreaterThan(0.5);
    assertThat(VADER.compound("The attack killed dozens and left the city in terror."))
        .isLessThan(-0.5);
    assertThat(VADER.compound("The meeting is on Tuesday.")).isZero();
  }

  @Test
  void matchesPublishedVaderScores() {
    // Reference values from the VADER paper's tool (vaderSentiment) on the same sentences.
    assertThat(VADER.compound("VADER is smart, handsome, and funny.")).isCloseTo(0.8316, within(1e-3));
    assertThat(VADER.compound("VADER is not smart, handsome, nor funny.")).isCloseTo(-0.7424, within(1e-3));
  }

  @Test
  void negationFlipsAndDampens() {
    double good = VADER.compound("The plan is good.");
    double notGood = VADER.compound("The plan is not good.");

    assertThat(good).isPositive();
    assertThat(notGood).isNegative();
    assertThat(Math.abs(notGood)).isLessThan(good);
  }

  @Test
  void boostersCapitalsAndExclamationsIntensify() {
    double good = VADER.compound("The food is good.");

    assertThat(VADER.compound("The food is very good.")).isGreaterThan(good);
    assertThat(VADER.compound("The food is GOOD.")).isGreaterThan(good);
    assertThat(VADER.compound("The food is good!!!")).isGreaterThan(good);
  }

  @Test
  void whatFollowsButDominates() {
    assertThat(VADER.compound("The food is great, but the service is awful.")).isNegative();
    assertThat(VADER.compound("The service is awful, but the food is great.")).isPositive();
  }

  @Test
  void scoresStayWithinBounds() {
    String gushing = "wonderful amazing excellent superb ".repeat(50);

    assertThat(VADER.compound(gushing)).isBetween(0.99, 1.0);
    assertThat(VADER.compound("")).isZero();
  }
}
