package org.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BurstRoundsTest {
  @Test
  void aRoundIsHeldAgainstTheMeanOfTheReferencesEitherSideOfIt() {
    BurstRounds.Round round = new BurstRounds.Round(600, 700, 500, 0.8);

    assertThat(round.ratio(2)).isCloseTo(600 / (2 * 600.0), within(1e-9));
  }

  @Test
  void theFigureIsTheMedianRoundSoOneOutlyingReferenceDoesNotDecideIt() {
    BurstRounds rounds = new BurstRounds();
    rounds.add(new BurstRounds.Round(600, 600, 600, 0.9));
    rounds.add(new BurstRounds.Round(600, 300, 300, 0.7));
    rounds.add(new BurstRounds.Round(550, 550, 550, 0.8));

    assertThat(rounds.medianRatio(2)).isCloseTo(0.5, within(1e-9));
    assertThat(rounds.medianPlumbingShare()).isCloseTo(0.8, within(1e-9));
    assertThat(rounds.medianPerSecond()).isCloseTo(600, within(1e-9));
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
    assertThat(BurstRounds.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void refusesARoundWithoutARate() {
    assertThatThrownBy(() -> new BurstRounds.Round(0, 600, 600, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BurstRounds().medianRatio(2))
        .isInstanceOf(IllegalStateException.class);
  }
}
