package org.newsstream.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of a running Newsstream, in one place, validated at start-up. The CLI builds it from
 * flags (and their environment-variable defaults); nothing else reads flags or the environment.
 *
 * @param bootstrapServers an existing cluster, or empty to start the embedded broker
 * @param clientConfig optional Kafka client properties file (TLS/SASL) applied to every client
 * @param brokerHost host the embedded broker listens on
 * @param brokerPort port the embedded broker listens on (0 = any free port)
 * @param dataDir folder for the embedded broker's log and the Streams state
 * @param applicationId Kafka Streams application id prefix; instances sharing it share the work
 * @param partitions partitions of the topics Newsstream creates
 * @param streamThreads stream threads per topology
 * @param aheadWorkers threads that analyse paragraphs ahead of the stream threads (0: none)
 * @param exactlyOnce exactly_once_v2 when true, at_least_once otherwise
 * @param maxParagraphChars longer paragraphs go to the dead-letter topic
 * @param enrichmentBudget time one paragraph may take before enrichment stops with what it has
 * @param rulesFile alert rules loaded onto the rules topic at start, if given
 * @param dedup how far back a paragraph counts as a duplicate of an earlier one
 * @param spikes windows and thresholds of spike alerts
 * @param articleMemory how long an article's names are remembered after its latest paragraph
 * @param storyWindow a story takes no article this long after its last one (and a per-story
 *     rule forgets it)
 */
public record NewsstreamConfig(
    Optional<String> bootstrapServers,
    Optional<Path> clientConfig,
    String brokerHost,
    int brokerPort,
    Path dataDir,
    String applicationId,
    TopicNames topics,
    int partitions,
    int streamThreads,
    int aheadWorkers,
    boolean exactlyOnce,
    int maxParagraphChars,
    Duration enrichmentBudget,
    Optional<Path> rulesFile,
    DedupSettings dedup,
    SpikeSettings spikes,
    Duration articleMemory,
    Duration storyWindow) {

  // The defaults, written only here (and in DedupSettings, SpikeSettings): defaults() below,
  // EnricherSettings.defaults() and the CLI's options (as their defaultValue text) read them.
  public static final String DEFAULT_BROKER_HOST = "127.0.0.1";
  public static final String DEFAULT_APPLICATION_ID = "newsstream";
  public static final int DEFAULT_PARTITIONS = 3;
  /**
   * Two, with the analyses done ahead ({@link #defaultAheadWorkers()}) filling the time each
   * thread waits for its commit under exactly-once. Session 15 had made it three, because with
   * two the cores idled 10–15 % of a burst (a third thread filled them, at the price of its own
   * commits at moderate steady rates); with the workers ahead two threads kept the cores 94–99 %
   * busy and drained bursts at least as fast as three, without the third thread's commits
   * (docs/performance.md, session 16).
   */
  public static final int DEFAULT_STREAM_THREADS = 2;
  /**
   * One per core: they run at the lowest priority, on what the stream threads leave idle while
   * they wait for commits and fetches, so more than the cores would only queue.
   */
  public static int defaultAheadWorkers() {
    return Runtime.getRuntime().availableProcessors();
  }

  public static final int DEFAULT_MAX_PARAGRAPH_CHARS = 64 * 1024;
  public static final String DEFAULT_ENRICHMENT_BUDGET = "2s";
  public static final String DEFAULT_ARTICLE_MEMORY = "7d";
  public static final String DEFAULT_STORY_WINDOW = "3d";

  public boolean embedded() {
    return bootstrapServers.isEmpty();
  }

  /**
   * Checks every value and throws one {@link ConfigException} listing all problems, so a user fixes
   * them in one go rather than one restart each.
   */
  public NewsstreamConfig validate() {
    List<String> problems = new ArrayList<>();
    bootstrapServers.ifPresent(servers -> {
      for (String server : servers.split(",")) {
        if (!server.strip().matches("[^\\s:]+:\\d{1,5}")) {
          problems.add("--bootstrap-servers: '" + server.strip() + "' is not host:port");
        }
      }
    });
    clientConfig.ifPresent(file -> {
      if (!Files.isReadable(file)) {
        problems.add("--client-config: cannot read " + file);
      }
    });
    rulesFile.ifPresent(file -> {
      if (!Files.isReadable(file)) {
        problems.add("--rules: cannot read " + file);
      }
    });
    if (brokerPort < 0 || brokerPort > 65535) {
      problems.add("--port: " + brokerPort + " is not a port number (0-65535)");
    }
    if (!applicationId.matches("[A-Za-z0-9._-]+")) {
      problems.add("--application-id: use letters, digits, '.', '_' and '-' only");
    }
    if (partitions < 1) {
      problems.add("--partitions: must be at least 1");
    }
    if (streamThreads < 1) {
      problems.add("--threads: must be at least 1");
    }
    if (aheadWorkers < 0) {
      problems.add("--ahead-workers: must be 0 (none) or more");
    }
    if (maxParagraphChars < 1) {
      problems.add("--max-paragraph-chars: must be at least 1");
    }
    if (articleMemory.isNegative() || articleMemory.isZero()) {
      problems.add("--article-memory: must be positive");
    }
    if (storyWindow.isNegative() || storyWindow.isZero()) {
      problems.add("--story-window: must be positive");
    }
    if (enrichmentBudget.isNegative() || enrichmentBudget.isZero()) {
      problems.add("--enrichment-budget: must be positive");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("invalid configuration:\n  " + String.join("\n  ", problems));
    }
    return this;
  }

  /** Defaults for tests and embedding: embedded broker on a free port under {@code dataDir}. */
  public static NewsstreamConfig defaults(Path dataDir) {
    return new NewsstreamConfig(
        Optional.empty(), Optional.empty(), DEFAULT_BROKER_HOST, 0, dataDir, DEFAULT_APPLICATION_ID,
        TopicNames.defaults(), DEFAULT_PARTITIONS, DEFAULT_STREAM_THREADS,
        defaultAheadWorkers(), true,
        DEFAULT_MAX_PARAGRAPH_CHARS, Durations.parse(DEFAULT_ENRICHMENT_BUDGET), Optional.empty(),
        DedupSettings.defaults(), SpikeSettings.defaults(), Durations.parse(DEFAULT_ARTICLE_MEMORY),
        Durations.parse(DEFAULT_STORY_WINDOW));
  }

  public NewsstreamConfig withBootstrapServers(String servers) {
    return new NewsstreamConfig(
        Optional.of(servers), clientConfig, brokerHost, brokerPort, dataDir, applicationId, topics,
        partitions, streamThreads, aheadWorkers, exactlyOnce, maxParagraphChars,
        enrichmentBudget, rulesFile, dedup, spikes, articleMemory, storyWindow);
  }
}
