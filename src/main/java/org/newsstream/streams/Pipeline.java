package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.stories.StorySettings;
import org.newsstream.enrichment.ParagraphEnricher;
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
  private final KafkaStreams streams;
  private final CountDownLatch running = new CountDownLatch(1);

  private Pipeline(KafkaStreams streams) {
    this.streams = streams;
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
    Topology topology = PipelineTopology.build(topics, enricher, config.maxParagraphChars(),
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
    Pipeline pipeline = new Pipeline(new KafkaStreams(topology, props));
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
    pipeline.streams.start();
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

  /** The application, for interactive queries and health. */
  public KafkaStreams streams() {
    return streams;
  }

  public boolean running() {
    return streams.state() == State.RUNNING;
  }

  @Override
  public void close() {
    // A clean stop leaves the group: a static member would otherwise keep its partitions from
    // the other instances for a whole session timeout.
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
  }
}
