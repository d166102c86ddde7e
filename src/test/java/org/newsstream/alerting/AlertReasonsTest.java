package org.newsstream.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlertReasonsTest {
  @Test
  void figuresReadAsStringFormatWritesThem() {
    double[] edges = {0, -0.0, 0.005, 0.015, 0.125, 1.005, -0.001, -0.005, -0.994, -0.995, 0.999,
        0.9999, 1, -1, 0.5, 0.29, 0.98, 12.345, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
    for (double value : edges) {
      assertThat(AlertReasons.twoDecimals(value)).as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }
    Random random = new Random(13);
    for (int i = 0; i < 100_000; i++) {
      // Scores and check-worthiness lie in [-1, 1]; thresholds are typed with a few decimals.
      double value = i % 2 == 0 ? random.nextDouble() * 2 - 1
          : Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
      assertThat(AlertReasons.twoDecimals(value)).as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }
  }
}
