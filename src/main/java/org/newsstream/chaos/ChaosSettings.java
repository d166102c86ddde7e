package org.newsstream.chaos;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a chaos run does.
 *
 * @param paragraphs how many distinct paragraphs to publish, spread over the restarts
 * @param kills how many times {@code run} is killed with SIGKILL while work is pending
 * @param maxKillDelay each kill comes at a random moment up to this long after a restart
 * @param baseline also run the same input once without kills, to compare the alerts
 * @param cleanRestart end with a SIGTERM stop and a restart, timing both
 * @param threads stream threads of each {@code run}
 */
public record ChaosSettings(int paragraphs, int kills, Path dataDir, int port, long seed,
    Duration maxKillDelay, boolean baseline, boolean cleanRestart, String heap,
    Duration settleTimeout, int threads) {

  public ChaosSettings {
    if (paragraphs < kills + 1) {
      throw new IllegalArgumentException("--paragraphs must be at least --kills + 1");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    if (kills < 0) {
      throw new IllegalArgumentException("--kills must not be negative");
    }
  }
}
