package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

  @Test
  void matchesAHandComputedExample() {
    // Items 1-5; true classes x x y y y; clusters A A A B C.
    // Precision per item: 1, 2 → 2/3 (A holds two x of three); 3 → 1/3; 4, 5 → 1 (alone).
    //   mean (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    // Recall per item: 1, 2 → 1 (both x in A); 3, 4, 5 → 1/3 (each y with no other y).
    //   mean (1 + 1 + 1/3 + 1/3 + 1/3) / 5 = 3/5.
    // F1 = 2 · 11/15 · 3/5 / (11/15 + 3/5) = 0.66.
    BCubed.Score score = BCubed.score(List.of("A", "A", "A", "B", "C"),
        List.of("x", "x", "y", "y", "y"));

    assertThat(score.precision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(score.recall()).isCloseTo(3.0 / 5, within(1e-12));
    assertThat(score.f1()).isCloseTo(0.66, within(1e-12));
  }

  @Test
  void aPerfectClusteringScoresOneWhateverTheClusterNames() {
    BCubed.Score score = BCubed.score(List.of("s9", "s9", "s1"), List.of("x", "x", "y"));

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void oneClusterForEverythingHasFullRecallAndPrecisionOfTheClassShares() {
    // Classes x x y y: every item's cluster is half its class → precision 1/2, recall 1.
    BCubed.Score score = BCubed.score(List.of("A", "A", "A", "A"), List.of("x", "x", "y", "y"));

    assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void refusesListsOfDifferentLengths() {
    assertThatThrownBy(() -> BCubed.score(List.of("A"), List.of("x", "y")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
