package org.newsstream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What "exact" means for a chaos run. */
class ChaosVerdictTest {
  private static final Set<String> PUBLISHED = Set.of("a#0", "a#1", "b#0");

  @Test
  void every_paragraph_once_and_the_baseline_alerts_is_exact() {
    ChaosVerdict v = ChaosVerdict.of(PUBLISHED, List.of("a#1", "b#0", "a#0"), List.of("x", "y"),
        Set.of("x", "y"));
    assertThat(v.exact()).isTrue();
    assertThat(v.alerts()).isEqualTo(2);
  }

  @Test
  void a_missing_paragraph_is_lost_and_a_repeated_one_duplicated() {
    ChaosVerdict v = ChaosVerdict.of(PUBLISHED, List.of("a#0", "a#0", "a#0", "b#0"), List.of(), null);
    assertThat(v.lost()).isEqualTo(1);
    assertThat(v.duplicated()).isEqualTo(2);
    assertThat(v.exact()).isFalse();
  }

  @Test
  void output_for_nothing_published_and_repeated_alert_ids_are_not_exact() {
    ChaosVerdict v = ChaosVerdict.of(PUBLISHED, List.of("a#0", "a#1", "b#0", "c#9"),
        List.of("x", "x"), null);
    assertThat(v.unexpected()).isEqualTo(1);
    assertThat(v.duplicateAlerts()).isEqualTo(1);
    assertThat(v.exact()).isFalse();
  }

  @Test
  void alerts_that_differ_from_the_run_without_kills_are_named() {
    ChaosVerdict v = ChaosVerdict.of(PUBLISHED, List.of("a#0", "a#1", "b#0"), List.of("x", "z"),
        Set.of("x", "y"));
    assertThat(v.missingAlerts()).containsExactly("y");
    assertThat(v.extraAlerts()).containsExactly("z");
    assertThat(v.exact()).isFalse();
  }
}
