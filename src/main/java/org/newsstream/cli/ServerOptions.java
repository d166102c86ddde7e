package org.newsstream.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;
import org.newsstream.web.WebSettings;
import picocli.CommandLine.Option;

/** Options of the commands that run the pipeline (run, demo). */
final class ServerOptions {
  @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
      defaultValue = "${env:NEWSSTREAM_BOOTSTRAP_SERVERS}",
      description = "An existing Kafka cluster. Without it, a Kafka broker (KRaft) is embedded.")
  String bootstrapServers;

  @Option(names = "--client-config", paramLabel = "FILE",
      defaultValue = "${env:NEWSSTREAM_CLIENT_CONFIG}",
      description = "Kafka client properties (TLS, SASL) applied to every client.")
  Path clientConfig;

  @Option(names = "--host", defaultValue = NewsstreamConfig.DEFAULT_BROKER_HOST,
      description = "Host the embedded broker listens on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", description = "Port of the embedded broker (default: 9092 for run, "
      + "any free port for demo).")
  Integer port;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Embedded broker log and Streams state (default: ./data for run, a temporary "
          + "folder for demo).")
  Path dataDir;

  @Option(names = "--application-id",
      defaultValue = "${env:NEWSSTREAM_APPLICATION_ID:-" + NewsstreamConfig.DEFAULT_APPLICATION_ID + "}",
      description = "Kafka Streams application id prefix; instances sharing it share the work "
          + "(default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--partitions", defaultValue = "" + NewsstreamConfig.DEFAULT_PARTITIONS,
      description = "Partitions of the topics Newsstream creates (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--threads", defaultValue = "" + NewsstreamConfig.DEFAULT_STREAM_THREADS,
      description = "Stream threads per topology (default: ${DEFAULT-VALUE}). On 2 cores two"
          + " threads with the workers ahead (--ahead-workers) drained bursts at least as fast"
          + " as three; a third thread's own commits cost CPU at moderate steady rates"
          + " (docs/performance.md).")
  int threads;

  @Option(names = "--ahead-workers", paramLabel = "N",
      description = "Threads that analyse paragraphs (language, sentences, entity labels,"
          + " sentiment) ahead of the stream threads, at the lowest priority, on the time the"
          + " stream threads spend waiting for commits and fetches; 0 for none (default: one"
          + " per core). They only save work: what comes out is the same without them.")
  Integer aheadWorkers;

  @Option(names = "--at-least-once",
      description = "Use at_least_once instead of exactly_once_v2 processing.")
  boolean atLeastOnce;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Alert rules (YAML or JSON) to load at start (default: the shipped rules).")
  Path rules;

  @Option(names = "--max-paragraph-chars",
      defaultValue = "" + NewsstreamConfig.DEFAULT_MAX_PARAGRAPH_CHARS,
      description = "Longer paragraphs go to the dead-letter topic (default: ${DEFAULT-VALUE}).")
  int maxParagraphChars;

  @Option(names = "--enrichment-budget", defaultValue = NewsstreamConfig.DEFAULT_ENRICHMENT_BUDGET,
      paramLabel = "DURATION",
      description = "Time one paragraph may take; past it the annotation is truncated "
          + "(default: ${DEFAULT-VALUE}).")
  String enrichmentBudget;

  @Option(names = "--article-memory", defaultValue = NewsstreamConfig.DEFAULT_ARTICLE_MEMORY,
      paramLabel = "DURATION",
      description = "How long an article's names are remembered after its latest paragraph, "
          + "and a person named in full owns their surname for other articles "
          + "(default: ${DEFAULT-VALUE}).")
  String articleMemory;

  @Option(names = "--story-window", defaultValue = NewsstreamConfig.DEFAULT_STORY_WINDOW,
      paramLabel = "DURATION",
      description = "A story takes no article this long (event time) after its last one; a later "
          + "article starts a new story (default: ${DEFAULT-VALUE}).")
  String storyWindow;

  @Option(names = "--dedup-window", defaultValue = DedupSettings.DEFAULT_WINDOW, paramLabel = "DURATION",
      description = "A paragraph seen again within this much event time is a duplicate and raises "
          + "no alert (default: ${DEFAULT-VALUE}).")
  String dedupWindow;

  @Option(names = "--spike-window", defaultValue = SpikeSettings.DEFAULT_WINDOW, paramLabel = "DURATION",
      description = "Mentions are counted in windows this long (default: ${DEFAULT-VALUE}).")
  String spikeWindow;

  @Option(names = "--spike-advance", defaultValue = SpikeSettings.DEFAULT_ADVANCE, paramLabel = "DURATION",
      description = "A new window starts this often (default: ${DEFAULT-VALUE}).")
  String spikeAdvance;

  @Option(names = "--spike-grace", defaultValue = SpikeSettings.DEFAULT_GRACE, paramLabel = "DURATION",
      description = "Late paragraphs still count this long after a window ends "
          + "(default: ${DEFAULT-VALUE}).")
  String spikeGrace;

  @Option(names = "--spike-baseline", defaultValue = SpikeSettings.DEFAULT_BASELINE_HORIZON,
      paramLabel = "DURATION",
      description = "An entity's baseline is its mean count per window over this much history "
          + "(default: ${DEFAULT-VALUE}).")
  String spikeBaseline;

  @Option(names = "--spike-factor", defaultValue = "" + SpikeSettings.DEFAULT_FACTOR, paramLabel = "K",
      description = "A window is a spike at K times the baseline or more (default: ${DEFAULT-VALUE}).")
  double spikeFactor;

  @Option(names = "--spike-min-mentions", defaultValue = "" + SpikeSettings.DEFAULT_MIN_MENTIONS,
      paramLabel = "N",
      description = "... and at least N mentions (default: ${DEFAULT-VALUE}).")
  long spikeMinMentions;
  @Option(names = "--http-host", defaultValue = WebSettings.DEFAULT_HOST,
      description = "Interface the dashboard, API and /metrics listen on (default: ${DEFAULT-VALUE}; "
          + "0.0.0.0 exposes them to the network).")
  String httpHost;

  @Option(names = "--http-port", defaultValue = "" + WebSettings.DEFAULT_PORT,
      description = "Port of the dashboard, API and /metrics (default: ${DEFAULT-VALUE}; 0: any free port).")
  int httpPort;

  @Option(names = "--no-http", description = "Serve no dashboard, API or /metrics.")
  boolean noHttp;

  /** Where the monitoring surface listens; {@code wanted} false (demo without --serve) turns it off. */
  WebSettings toWebSettings(boolean wanted) {
    try {
      return new WebSettings(wanted && !noHttp, httpHost, httpPort);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  NewsstreamConfig toConfig(int defaultPort, Path defaultDataDir) {
    Duration budget = DurationFlag.parse("--enrichment-budget", enrichmentBudget);
    DedupSettings dedup;
    SpikeSettings spikes;
    try {
      dedup = new DedupSettings(DurationFlag.parse("--dedup-window", dedupWindow));
      spikes = new SpikeSettings(DurationFlag.parse("--spike-window", spikeWindow),
          DurationFlag.parse("--spike-advance", spikeAdvance), DurationFlag.parse("--spike-grace", spikeGrace),
          DurationFlag.parse("--spike-baseline", spikeBaseline), spikeFactor, spikeMinMentions,
          SpikeSettings.DEFAULT_MIN_BASELINE);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    return new NewsstreamConfig(
        Optional.ofNullable(bootstrapServers).filter(s -> !s.isBlank()),
        Optional.ofNullable(clientConfig), host, port == null ? defaultPort : port,
        dataDir == null ? defaultDataDir : dataDir, applicationId, TopicNames.defaults(),
        partitions, threads,
        aheadWorkers == null ? NewsstreamConfig.defaultAheadWorkers() : aheadWorkers,
        !atLeastOnce, maxParagraphChars, budget, Optional.ofNullable(rules),
        dedup, spikes, DurationFlag.parse("--article-memory", articleMemory),
        DurationFlag.parse("--story-window", storyWindow))
        .validate();
  }

}
