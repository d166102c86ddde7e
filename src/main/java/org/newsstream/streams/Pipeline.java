package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.stories.StorySettings;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.ahead.AnalysedAheadEnricher;
import org.newsstream.enrichment.ahead.AnalysesAhead;
import org.newsstream.ingest.ParagraphIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link PipelineTopology} as one Kafka Streams application, its id the configured
 * application id. Only wires: the topology is built elsewhere.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
  /**
   * Enrichment may use its whole time budget on every record of a poll: 2 s x 100 records stays
   * well inside the 300 s max.poll.interval.ms.
   */
  private static final int MAX_POLL_RECORDS = 100;
  /** About a second of a burst's paragraphs, held ahead at most (texts and their analyses). */
  private static final int AHEAD_CAPACITY = 1000;
  /** An analysis not taken within this went another way (dead-lettered, or passed by). */
  private static final Duration AHEAD_KEPT = Duration.ofSeconds(30);
  private final KafkaStreams streams;
  private final CountDownLatch running = new CountDownLatch(1);
  private final Optional<AnalysesAhead> ahead;
  private final InputBacklog backlog;
  private Optional<ParagraphsAhead> reader = Optional.empty();

  private Pipeline(KafkaStreams streams, Optional<AnalysesAhead> ahead, InputBacklog backlog) {
    this.streams = streams;
    this.ahead = ahead;
    this.backlog = backlog;
  }

  public static Pipeline start(
      NewsstreamConfig config, KafkaClients clients, Topics topics, ParagraphEnricher enricher) {
    return start(config, clients, topics, enricher, Optional.empty());
  }

  /**
   * @param applicationServer this instance's HTTP {@code host:port} for interactive queries, if it
   *     serves HTTP
   */
  public static Pipeline start(NewsstreamConfig config, KafkaClients clients, Topics topics,
      ParagraphEnricher enricher, Optional<String> applicationServer) {
    Optional<AnalysesAhead> ahead = config.aheadWorkers() < 1 ? Optional.empty()
        : Optional.of(new AnalysesAhead(enricher::analyze, config.aheadWorkers(),
            config.applicationId() + "-analysis-ahead-", AHEAD_CAPACITY, AHEAD_KEPT,
            System::nanoTime));
    ParagraphEnricher inTurn = ahead.<ParagraphEnricher>map(
        a -> new AnalysedAheadEnricher(enricher, a)).orElse(enricher);
    Topology topology = PipelineTopology.build(topics, inTurn, config.maxParagraphChars(),
        Clock.systemUTC(), config.dedup(), config.articleMemory(), config.spikes(),
        StorySettings.defaults().withWindow(config.storyWindow()));
    ApplicationLayout.migrate(clients, config.applicationId(), topics)
        .ifPresent(note -> log.warn("{}", note));
    ParkedParagraphs.release(clients, config.applicationId(), topics)
        .ifPresent(note -> log.warn("{}", note));
    LocalStateLayout.prepare(config.dataDir().resolve("streams").resolve(config.applicationId())
            .toAbsolutePath(), topology.describe())
        .ifPresent(note -> log.warn("{}", note));
    Properties props = StreamsProperties.of(
        config, clients, config.applicationId(), MAX_POLL_RECORDS, applicationServer);
    props.put(DeadLetterRecords.SERIALIZER_CONFIG, topics.deadLetter.valueSerde().serializer());
    InputBacklog backlog = InputBacklog.defaults();
    props.put(PromptCommits.BACKLOG_CONFIG, backlog);
    Pipeline pipeline = new Pipeline(new KafkaStreams(topology, props), ahead, backlog);
    // A failing thread is replaced rather than taking the instance down with it, but only a few
    // times: a failure that outlives replacement would otherwise loop for ever.
    ThreadFailureBudget budget = ThreadFailureBudget.defaults();
    pipeline.streams.setUncaughtExceptionHandler(e -> {
      StreamThreadExceptionResponse response = budget.onFailure();
      if (response == StreamThreadExceptionResponse.REPLACE_THREAD) {
        log.error("stream thread failed; replacing it", e);
      } else {
        log.error("stream threads failed more than {}; shutting the pipeline down"
            + " (/health reports it; restart once the cause is fixed). Last failure: {}",
            budget.describe(), e.toString(), e);
      }
      return response;
    });
    // Counts the first RUNNING only; later rebalances do not count again.
    pipeline.streams.setStateListener((now, before) -> {
      if (now == State.RUNNING) {
        pipeline.running.countDown();
      }
    });
    try (Admin admin = Admin.create(clients.admin())) {
      StaticMembers.forgetThreadsAbove(admin, config.applicationId(),
          props.getProperty(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)),
          config.streamThreads());
    }
    pipeline.streams.start();
    // Under exactly-once the reader also follows the backlog, which paces the commits.
    if (ahead.isPresent() || config.exactlyOnce()) {
      pipeline.reader = Optional.of(ParagraphsAhead.start(
          clients.consumer(config.applicationId()), pipeline.streams, topics.paragraphs.name(),
          new ParagraphIntake(topics.paragraphs.valueSerde().deserializer(),
              topics.paragraphs.name(), config.maxParagraphChars()),
          ahead, backlog, config.applicationId() + "-analysis-ahead-reader"));
    }
    return pipeline;
  }

  /** Waits until the application is RUNNING, reporting progress. */
  public void awaitRunning(Duration timeout, Consumer<String> progress) throws InterruptedException {
    if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("Kafka Streams did not reach RUNNING within "
          + timeout.toSeconds() + " s (state " + streams.state() + ")");
    }
    progress.accept("topologies running (enrichment, alerting, trends, articles: one application)");
  }

  /** The analyses done ahead of the stream threads, when they are. */
  public Optional<AnalysesAhead> analysesAhead() {
    return ahead;
  }

  /** Backlogs begun since the start (under exactly-once, commits on the longer interval). */
  public long backlogsBegun() {
    return backlog.begun();
  }

  /** Whether the instance is working through a backlog now. */
  public boolean inBacklog() {
    return backlog.behind(System.nanoTime());
  }

  /** The application, for interactive queries and health. */
  public KafkaStreams streams() {
    return streams;
  }

  public boolean running() {
    return streams.state() == State.RUNNING;
  }

  @Override
  public void close() {
    reader.ifPresent(ParagraphsAhead::close);
    // A clean stop leaves the group: a static member would otherwise keep its partitions from
    // the other instances for a whole session timeout.
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    ahead.ifPresent(AnalysesAhead::close);
  }
}
