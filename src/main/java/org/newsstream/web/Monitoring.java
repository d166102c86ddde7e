package org.newsstream.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.SpikeSettings;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.StorySummary;
import org.newsstream.streams.ArticleSummaryTopology;
import org.newsstream.streams.Topics;
import org.newsstream.web.metrics.NewsstreamMetrics;
import org.newsstream.web.metrics.TimedEnricher;

/**
 * The live monitoring surface of one Newsstream instance: the HTTP server, the consumer feeding it,
 * and the metrics. It starts before the topologies, because Kafka Streams must be told this
 * instance's HTTP address ({@link #applicationServer()}), and is attached to them once they exist.
 */
public final class Monitoring implements AutoCloseable {
  private static final int KEPT_ALERTS = 1000;
  /**
   * Stories kept from news.stories. A summary holds at most 50 article ids, 20 sources and 10
   * entities (a few KB), so this is tens of MB at worst, and far more stories than a desk scrolls.
   */
  private static final int KEPT_STORIES = 5000;
  private static final Duration LONGEST_WINDOW = Duration.ofHours(24);
  /** The name the pipeline's application goes by in health, metrics and lookups. */
  public static final String PIPELINE = "pipeline";
  private final NewsstreamMetrics metrics;
  private final AlertEndpoints alertEndpoints;
  private final MonitoringServer server;
  private final TopicTail tail;
  private final String applicationServer;
  private final AtomicReference<Map<String, KafkaStreams>> apps;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Monitoring(NewsstreamMetrics metrics, AlertEndpoints alertEndpoints,
      MonitoringServer server, TopicTail tail, String applicationServer,
      AtomicReference<Map<String, KafkaStreams>> apps) {
    this.apps = apps;
    this.metrics = metrics;
    this.alertEndpoints = alertEndpoints;
    this.server = server;
    this.tail = tail;
    this.applicationServer = applicationServer;
  }

  /** Binds the HTTP server and starts following the topics. */
  public static Monitoring start(WebSettings settings, KafkaClients clients, Topics topics,
      SpikeSettings spikes, Clock clock) {
    NewsstreamMetrics metrics = new NewsstreamMetrics(clock, List.of(topics.paragraphs.name(),
        topics.enriched.name(), topics.alerts.name(), topics.deadLetter.name(),
        topics.alertRules.name(), topics.articles.name()));
    AlertFeed feed = new AlertFeed(KEPT_ALERTS);
    MentionWindow mentions = new MentionWindow(clock, Duration.ofSeconds(10), LONGEST_WINDOW);
    SentimentTimeline sentiment = new SentimentTimeline(clock, Duration.ofSeconds(5), LONGEST_WINDOW);
    AtomicReference<Map<String, KafkaStreams>> apps = new AtomicReference<>(Map.of());
    // The advertised address is only known once bound (port 0), and the article lookup needs it.
    AtomicReference<HostInfo> self = new AtomicReference<>();
    ArticleSummaries articles = id -> new StoreArticleSummaries(
        () -> apps.get().get(PIPELINE), ArticleSummaryTopology.SUMMARIES_STORE, self.get())
        .lookup(id);
    RequestForwarder forwarder = new RequestForwarder(() -> self.get().host() + ":" + self.get().port());
    AlertEndpoints alertEndpoints = new AlertEndpoints(feed);
    LatestStories stories = new LatestStories(KEPT_STORIES);
    MonitoringServer server = MonitoringServer.start(settings.host(), settings.port(),
        new MonitoringServer.Routes(alertEndpoints,
            new TrendEndpoints(new StoreTopEntities(() -> apps.get().get(PIPELINE), spikes,
                self::get, forwarder, mentions, mentions::lastSeen, clock),
                sentiment, LONGEST_WINDOW),
            new ArticleEndpoint(articles, forwarder),
            new StoryEndpoints(stories, articles, forwarder),
            new HealthEndpoint(() -> states(apps.get())),
            metrics::scrape));
    self.set(new HostInfo(settings.advertisedHost(), server.port()));
    TopicTail tail;
    try {
      tail = TopicTail.builder()
          .follow(topics.alerts, KEPT_ALERTS, alert -> {
            metrics.alertSeen(alert);
            feed.publish(alert);
          })
          .follow(topics.enriched, 2000, (EnrichedParagraph paragraph, Instant eventTime) -> {
            metrics.enriched(paragraph);
            mentions.add(paragraph, eventTime);
            sentiment.add(paragraph);
          })
          // Every record in, decodable or not: the ones that are not are dead letters to be.
          .count(topics.paragraphs.name(), metrics::paragraphIn)
          .follow(topics.deadLetter, 0, dead -> metrics.deadLetter())
          // Compacted, one record per story: read it all; the bound is in LatestStories.
          .followByKey(topics.stories, Integer.MAX_VALUE, (String id, StorySummary story) -> {
            if (story == null) {
              stories.remove(id);
            } else {
              stories.put(story);
            }
          })
          .start(clients.consumer(null));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return new Monitoring(metrics, alertEndpoints, server, tail,
        self.get().host() + ":" + self.get().port(), apps);
  }

  /** This instance's {@code application.server}: how the other instances reach its HTTP server. */
  public String applicationServer() {
    return applicationServer;
  }

  /** The dashboard's address, for the start-up message. */
  public String dashboardUrl() {
    return "http://" + applicationServer + "/";
  }

  public int port() {
    return server.port();
  }

  /** Wraps the enricher so that every paragraph's enrichment time is recorded. */
  public ParagraphEnricher timed(ParagraphEnricher enricher) {
    return new TimedEnricher(enricher, metrics.enrichmentTimer(), metrics.analysisAheadTimer());
  }

  /**
   * Serves health, metrics and article lookups from these applications.
   *
   * @param byName each Kafka Streams application by name; the {@value #PIPELINE} one answers
   *     {@code /api/articles/{id}} and the top entities
   */
  public void attach(Map<String, KafkaStreams> byName) {
    byName.forEach(metrics::bind);
    apps.set(new LinkedHashMap<>(byName));
  }

  private static Map<String, String> states(Map<String, KafkaStreams> apps) {
    Map<String, String> states = new LinkedHashMap<>();
    apps.forEach((name, app) -> states.put(name, app.state().name()));
    return states;
  }

  @Override
  public void close() {
    // The server's own failure path and its caller may both close it.
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.close();
    alertEndpoints.close();
    try {
      tail.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    metrics.close();
  }
}
