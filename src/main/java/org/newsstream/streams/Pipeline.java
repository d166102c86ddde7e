package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.newsstream.enrichment.ParagraphEnricher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment, alerting, trends and article-summary topologies, each as its own Kafka
 * Streams application, so each scales and restarts on its own. Only wires: the topologies are built elsewhere.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
  /** The concerns, in the order their applications are in {@link #apps}. */
  private static final List<String> CONCERNS = List.of("enrichment", "alerting", "trends", "articles");
  private final List<KafkaStreams> apps;
  private final CountDownLatch allRunning;

  private Pipeline(List<KafkaStreams> apps) {
    this.apps = apps;
    this.allRunning = new CountDownLatch(apps.size());
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
    Topology enrichment = EnrichmentTopology.build(
        topics, enricher, config.maxParagraphChars(), Clock.systemUTC(), config.dedup(),
        config.articleMemory());
    Topology alerting = AlertingTopology.build(topics);
    Topology trends = TrendsTopology.build(topics, config.spikes());
    Topology articles = ArticleSummaryTopology.build(topics);
    // 2 s budget x 100 records stays well inside the 300 s max.poll.interval.ms.
    KafkaStreams enrich = new KafkaStreams(
        enrichment, props(config, clients, topics, 0, 100, applicationServer));
    KafkaStreams alert = new KafkaStreams(
        alerting, props(config, clients, topics, 1, 500, applicationServer));
    KafkaStreams trend = new KafkaStreams(
        trends, props(config, clients, topics, 2, 500, applicationServer));
    KafkaStreams summary = new KafkaStreams(
        articles, props(config, clients, topics, 3, 500, applicationServer));
    Pipeline pipeline = new Pipeline(List.of(enrich, alert, trend, summary));
    for (KafkaStreams app : pipeline.apps) {
      // A failing thread is replaced rather than taking the instance down with it, but only a
      // few times: a failure that outlives replacement would otherwise loop for ever.
      String concern = CONCERNS.get(pipeline.apps.indexOf(app));
      ThreadFailureBudget budget = ThreadFailureBudget.defaults();
      app.setUncaughtExceptionHandler(e -> {
        StreamThreadExceptionResponse response = budget.onFailure();
        if (response == StreamThreadExceptionResponse.REPLACE_THREAD) {
          log.error("{}: stream thread failed; replacing it", concern, e);
        } else {
          log.error("{}: stream threads failed more than {}; shutting this application down"
              + " (/health reports it; restart once the cause is fixed). Last failure: {}",
              concern, budget.describe(), e.toString(), e);
        }
        return response;
      });
      // Each app counts once, on its first RUNNING; later rebalances do not count again.
      CountDownLatch first = new CountDownLatch(1);
      app.setStateListener((now, before) -> {
        if (now == State.RUNNING && first.getCount() == 1) {
          first.countDown();
          pipeline.allRunning.countDown();
        }
      });
      app.start();
    }
    return pipeline;
  }

  /** One application's settings, its dead letters written the way {@link Topics} writes them. */
  private static java.util.Properties props(NewsstreamConfig config, KafkaClients clients,
      Topics topics, int concern, int maxPollRecords, Optional<String> applicationServer) {
    java.util.Properties props = StreamsProperties.of(
        config, clients, CONCERNS.get(concern), maxPollRecords, applicationServer);
    props.put(DeadLetterRecords.SERIALIZER_CONFIG, topics.deadLetter.valueSerde().serializer());
    return props;
  }

  /** Waits until all four applications are RUNNING, reporting progress. */
  public void awaitRunning(Duration timeout, Consumer<String> progress) throws InterruptedException {
    if (!allRunning.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("Kafka Streams did not reach RUNNING within "
          + timeout.toSeconds() + " s (states " + apps.stream().map(KafkaStreams::state).toList() + ")");
    }
    progress.accept("topologies running (" + String.join(", ", CONCERNS) + ")");
  }

  /** Each application by the name of its concern, in start order. */
  public Map<String, KafkaStreams> appsByName() {
    Map<String, KafkaStreams> byName = new LinkedHashMap<>();
    for (int i = 0; i < apps.size(); i++) {
      byName.put(CONCERNS.get(i), apps.get(i));
    }
    return byName;
  }

  public boolean running() {
    return apps.stream().allMatch(app -> app.state() == State.RUNNING);
  }

  @Override
  public void close() {
    // A clean stop leaves the group: a static member would otherwise keep its partitions from
    // the other instances for a whole session timeout.
    apps.forEach(app -> app.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)));
  }
}
