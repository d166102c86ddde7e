package org.newsstream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short chaos run: {@code run} in a child process (its embedded broker with it) is killed
 * with SIGKILL twice while it works and restarted on the same data folder, then stopped and
 * restarted cleanly. The committed output must be exact: every paragraph once, no alert twice,
 * the same alerts as the same input without kills. The long run is {@code bin/newsstream chaos}.
 */
class ChaosIT {
  @TempDir Path dir;

  @Test
  void two_kills_and_a_clean_restart_leave_the_output_exact() throws Exception {
    List<String> progress = new ArrayList<>();
    ChaosSettings settings = new ChaosSettings(240, 2, dir, freePort(), 3, Duration.ofSeconds(4),
        true, true, "1500m", Duration.ofSeconds(180), 1);

    ChaosReport report = new ChaosRun(settings, line -> {
      progress.add(line);
      System.out.println("chaos: " + line);
    }).run();
    report.lines().forEach(line -> System.out.println("chaos: " + line));

    assertThat(report.startFailures()).as("restarts that never resumed: %s", progress).isZero();
    assertThat(report.recoveryMillis()).hasSize(2);
    assertThat(report.verdict().lost()).isZero();
    assertThat(report.verdict().duplicated()).isZero();
    assertThat(report.verdict().unexpected()).isZero();
    assertThat(report.verdict().duplicateAlerts()).isZero();
    assertThat(report.verdict().missingAlerts()).isEmpty();
    assertThat(report.verdict().extraAlerts()).isEmpty();
    assertThat(report.verdict().comparedWithBaseline()).isTrue();
    assertThat(report.verdict().alerts()).as("alerts compared with the baseline").isPositive();
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }
}
