package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void pearsonOfPerfectlyRelatedSeriesIsOneOrMinusOne() {
    assertThat(Statistics.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}))
        .isCloseTo(1.0, within(1e-12));
    assertThat(Statistics.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}))
        .isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void pearsonMatchesAHandComputedValue() {
    // x = 1..5, y = 2,4,5,4,5: r = 6 / sqrt(10 * 6) = 0.7746
    assertThat(Statistics.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
        .isCloseTo(0.7746, within(1e-4));
  }

  @Test
  void countsAndF1OfOneClass() {
    List<String> gold = List.of("Yes", "Yes", "No", "No", "Yes");
    List<String> predicted = List.of("Yes", "No", "Yes", "No", "Yes");

    Counts counts = Statistics.countsOf("Yes", gold, predicted);

    assertThat(counts).isEqualTo(new Counts(2, 1, 1));
    assertThat(counts.f1()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void macroF1AveragesClassesEquallyAndCountsAnEmptyClassAsZero() {
    List<String> classes = List.of("negative", "neutral", "positive");
    List<String> gold = List.of("neutral", "neutral", "positive", "positive");
    List<String> predicted = List.of("neutral", "neutral", "positive", "positive");

    assertThat(Statistics.macroF1(classes, gold, predicted)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Statistics.accuracy(gold, predicted)).isEqualTo(1.0);
  }
}
