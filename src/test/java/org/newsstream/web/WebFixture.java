package org.newsstream.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.schema.Severity;

/**
 * A real monitoring server on a free loopback port, fed by in-memory fakes the test controls, and
 * a plain HTTP client to ask it things.
 */
final class WebFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final AlertFeed feed = new AlertFeed(100);
  final MentionWindow mentions = new MentionWindow(clock, Duration.ofSeconds(10), Duration.ofHours(24));
  final SentimentTimeline sentiment = new SentimentTimeline(clock, Duration.ofSeconds(5), Duration.ofHours(24));
  final LatestStories stories = new LatestStories(100);
  final HttpClient http = HttpClient.newHttpClient();
  private final AlertEndpoints alertEndpoints = new AlertEndpoints(feed);
  private final MonitoringServer server;

  WebFixture(ArticleSummaries articles, Supplier<Map<String, String>> states, Supplier<String> metrics) {
    RequestForwarder forwarder = new RequestForwarder(() -> "127.0.0.1:" + port());
    server = MonitoringServer.start("127.0.0.1", 0, new MonitoringServer.Routes(alertEndpoints,
        new TrendEndpoints(mentions, sentiment, Duration.ofHours(24)),
        new ArticleEndpoint(articles, forwarder),
        new StoryEndpoints(stories, articles, forwarder),
        new HealthEndpoint(states), metrics));
  }

  WebFixture() {
    this(id -> new ArticleSummaries.Missing(), Map::of, () -> "");
  }

  int port() {
    return server.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return get(pathAndQuery, Map.of());
  }

  HttpResponse<String> get(String pathAndQuery, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port() + pathAndQuery)).timeout(Duration.ofSeconds(10));
    headers.forEach(request::header);
    // The request timeout covers only the headers; a body that never ends (a stream opened by
    // mistake) must fail the test, not hang it.
    try {
      return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
          .get(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("no whole answer to " + pathAndQuery + " within 10 s", e);
    }
  }

  /**
   * Opens an SSE stream as a browser's EventSource does ({@code Accept: text/event-stream}); its
   * lines arrive in the returned list as the server sends them.
   */
  List<String> stream(String pathAndQuery, Map<String, String> headers) {
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port() + pathAndQuery)).header("Accept", "text/event-stream");
    headers.forEach(request::header);
    http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(lines::add));
    return lines;
  }

  /**
   * Sends a GET with this Accept header (none if null) and returns as soon as the headers are in;
   * the body is read lazily, so an event stream can be looked at and then closed.
   */
  HttpResponse<java.util.stream.Stream<String>> open(String pathAndQuery, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port() + pathAndQuery)).timeout(Duration.ofSeconds(10));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
  }

  static Alert alert(String id, String rule, Severity severity, String entity, String articleId) {
    return Alert.newBuilder().setId(id).setRuleId(rule).setSeverity(severity).setEntity(entity)
        .setArticleId(articleId).setParagraphIndex(2).setEvidence("300 soldiers were killed")
        .setEvidenceStart(0).setEvidenceEnd(24).setReason(entity + " in a NUMERIC claim")
        .setEventTime(NOW.minusSeconds(3)).setDetectionTime(NOW.minusSeconds(1)).build();
  }

  static EnrichedParagraph paragraph(Instant enrichedAt, double sentiment, String... canonicals) {
    List<Entity> entities = java.util.Arrays.stream(canonicals).map(c -> Entity.newBuilder()
        .setText(c).setType(EntityType.PERSON).setStart(0).setEnd(c.length()).setCanonical(c).build())
        .toList();
    return EnrichedParagraph.newBuilder()
        .setParagraph(Paragraph.newBuilder().setArticleId("a-1").setIndex(0).setText("text").build())
        .setEntities(entities).setEntitySentiments(List.of()).setClaims(List.of())
        .setSentiment(Sentiment.newBuilder().setScore(sentiment).setLabel("neutral").build())
        .setEnrichedAt(enrichedAt).build();
  }

  @Override
  public void close() {
    server.close();
    alertEndpoints.close();
  }
}
