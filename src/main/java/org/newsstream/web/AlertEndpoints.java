package org.newsstream.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsstream.serde.AvroJson;

/**
 * {@code GET /api/alerts} (the most recent alerts) and {@code GET /api/alerts/stream} (Server-Sent
 * Events, one {@code alert} event per alert, its id the feed sequence so that a reconnecting
 * EventSource resumes with {@code Last-Event-ID}). Both take {@code rule}, {@code severity} and
 * {@code entity} filters. The stream is sent to any client whose Accept admits
 * {@code text/event-stream} (none, {@code *}{@code /*}, weighted lists); one that excludes it gets 406.
 */
public final class AlertEndpoints implements AutoCloseable {
  private static final int MAX_LIMIT = 1000;
  private static final String STREAM_PATH = "/api/alerts/stream";
  private static final String EVENT_STREAM = "text/event-stream";
  private final AlertFeed feed;
  // Idle connections are closed by Jetty after 30 s; a comment now and then keeps a quiet stream open.
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsstream-sse-heartbeat");
    t.setDaemon(true);
    return t;
  });

  public AlertEndpoints(AlertFeed feed) {
    this.feed = feed;
  }

  public void register(Javalin app) {
    app.get("/api/alerts", this::recent);
    app.get(STREAM_PATH, this::stream);
  }

  private void recent(Context ctx) {
    QueryParams params = QueryParams.of(ctx, "limit", "rule", "severity", "entity");
    int limit = params.integer("limit", 1, MAX_LIMIT, 50);
    AlertFilter filter = filter(params);
    ArrayNode alerts = JsonNodeFactory.instance.arrayNode();
    feed.recent(MAX_LIMIT).stream().filter(e -> filter.matches(e.alert())).limit(limit)
        .forEach(e -> alerts.add(json(e)));
    ctx.json(alerts);
  }

  private void stream(Context ctx) throws IOException {
    String accept = ctx.header("Accept");
    if (!AcceptHeader.admits(accept, EVENT_STREAM)) {
      throw new HttpResponseException(406,
          STREAM_PATH + " sends " + EVENT_STREAM + ", which Accept: " + accept + " excludes");
    }
    // Everything is checked before the first byte: once streaming, a 400 can no longer be sent.
    QueryParams params = QueryParams.of(ctx, "backlog", "rule", "severity", "entity");
    AlertFilter filter = filter(params);
    int backlog = params.integer("backlog", 0, MAX_LIMIT, 0);
    String lastEventId = ctx.header("Last-Event-ID");
    boolean resuming = lastEventId != null && lastEventId.strip().matches("\\d{1,18}");
    long after = resuming ? Long.parseLong(lastEventId.strip()) : 0;
    int replay = resuming ? Integer.MAX_VALUE : backlog;
    EventStream.open(ctx, client -> follow(client, filter, after, replay));
  }

  private void follow(SseClient client, AlertFilter filter, long after, int replay) {
    client.keepAlive();
    // A first comment flushes the headers, so the client knows it is connected before any alert.
    client.sendComment("newsstream alerts");
    AutoCloseable subscription = feed.subscribe(after, replay, filter::matches,
        entry -> client.sendEvent("alert", json(entry).toString(), String.valueOf(entry.sequence())));
    var beat = heartbeat.scheduleAtFixedRate(
        () -> client.sendComment("keep-alive"), 15, 15, TimeUnit.SECONDS);
    client.onClose(() -> {
      beat.cancel(false);
      try {
        subscription.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static AlertFilter filter(QueryParams params) {
    return new AlertFilter(params.text("rule"), params.severity("severity"), params.text("entity"));
  }

  static ObjectNode json(FeedEntry entry) {
    ObjectNode node = AvroJson.toJson(entry.alert());
    node.put("sequence", entry.sequence());
    return node;
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
  }
}
