package org.newsstream.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.TopicNames;

/**
 * Configurations for integration tests that share the run's broker with other test classes: each
 * test class gets its own topics and application id, so no class sees another's records.
 */
public final class ItConfigs {
  private ItConfigs() {}

  public static NewsstreamConfig config(String name, Path dataDir) {
    TopicNames topics = new TopicNames(name + ".paragraphs", name + ".enriched", name + ".alerts",
        name + ".deadletter", name + ".alert-rules", name + ".articles", name + ".stories");
    return new NewsstreamConfig(Optional.of(RealKafka.bootstrapServers()), Optional.empty(),
        "127.0.0.1", 0, dataDir, name, topics, 3, 1,
        NewsstreamConfig.defaultAheadWorkers(), true,
        NewsstreamConfig.DEFAULT_MAX_PARAGRAPH_CHARS, Duration.ofSeconds(2), Optional.empty(),
        org.newsstream.config.DedupSettings.defaults(), org.newsstream.config.SpikeSettings.defaults(),
        Duration.ofDays(7), Duration.ofDays(3));
  }
}
